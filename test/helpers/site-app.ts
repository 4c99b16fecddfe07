import { createApp } from '../../src/app';
import { explorerInProcess } from '../../src/explorer';
import type { CompiledBundle } from '../../src/tables/model';

/**
 * The API with the explorer's pages answered in the same process, as the two Workers answer them together (in a
 * deployment the API reaches the explorer through its EXPLORER service binding: test/browser and the workerd tests).
 */
export const createSiteApp = (bundle: CompiledBundle) => createApp(bundle, { explorer: explorerInProcess(bundle) });
