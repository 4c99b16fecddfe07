import { createApp } from './app';
import { bundle } from './data';

/** The API over the bundle compiled from tables/ (built when this module is first imported). */
export const app = createApp(bundle);
