/**
 * Stands in for the Node modules the build's library imports but /studio never calls (files, git, worker threads):
 * in the browser the workbook comes as bytes and the earlier version from the Worker, so these paths are not taken.
 * Calling one is a bug, said plainly.
 */
const unavailable = (name: string) => () => {
  throw new Error(`${name} is not available in the browser (/studio reads a dropped workbook, never files or git)`);
};
export const readFileSync = unavailable('fs.readFileSync');
export const writeFileSync = unavailable('fs.writeFileSync');
export const statSync = unavailable('fs.statSync');
export const existsSync = unavailable('fs.existsSync');
export const readdirSync = unavailable('fs.readdirSync');
export const mkdirSync = unavailable('fs.mkdirSync');
export const mkdtempSync = unavailable('fs.mkdtempSync');
export const rmSync = unavailable('fs.rmSync');
export const renameSync = unavailable('fs.renameSync');
export const cpSync = unavailable('fs.cpSync');
export const copyFileSync = unavailable('fs.copyFileSync');
export const tmpdir = unavailable('os.tmpdir');
export const execFileSync = unavailable('child_process.execFileSync');
export const spawnSync = unavailable('child_process.spawnSync');
export const pathToFileURL = unavailable('url.pathToFileURL');
export const fileURLToPath = unavailable('url.fileURLToPath');
export class Worker {
  constructor() {
    unavailable('worker_threads.Worker')();
  }
}
export class MessageChannel {
  constructor() {
    unavailable('worker_threads.MessageChannel')();
  }
}
export const receiveMessageOnPort = unavailable('worker_threads.receiveMessageOnPort');
export type MessagePort = never;
export default {};
