/** Hands text to the browser's download as a file: nothing is sent anywhere. */
export function downloadText(fileName: string, text: string, mediaType: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: mediaType }));
  link.download = fileName;
  link.click();
  // The download has its own copy once it starts; the address is let go a while later.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
