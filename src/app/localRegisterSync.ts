/** Opens the register of facilities imported on this device and keeps the shown dataset in step with it. */
import { useDatasetStore } from '../store/datasetStore';
import { localRegister } from '../store/localRegisterStore';

export function startLocalRegisterSync(): () => void {
  const show = () => useDatasetStore.getState().showRegister(localRegister.store.getState().register);
  const stop = localRegister.store.subscribe(show);
  show();
  void localRegister.open();
  return stop;
}
