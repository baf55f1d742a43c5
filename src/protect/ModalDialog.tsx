/** A native modal <dialog> opened and closed by a prop; Escape cancels unless `busy`. */
import { useEffect, useRef, type ReactNode } from 'react';

export function ModalDialog({ open, busy, label, onCancel, children }: { open: boolean; busy: boolean; label: string; onCancel: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="protect-dialog"
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && children}
    </dialog>
  );
}
