/** node:path for the /studio bundle: the file names the build puts in its messages (a dropped file has no folder). */
export const basename = (p: string): string => p.slice(p.replace(/[\\/]+$/, '').lastIndexOf('/') + 1).replace(/[\\/]+$/, '');
export const dirname = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) || '/' : '.');
export const join = (...parts: string[]): string => parts.filter(Boolean).join('/').replace(/\/+/g, '/');
export const relative = (_from: string, to: string): string => to;
export default { basename, dirname, join, relative };
