import { Converter } from 'opencc-js/t2cn';
import { createScriptFolder } from './script-fold';

/**
 * Folds Traditional characters to Simplified (script-fold.ts). Imports OpenCC's Traditional →
 * Simplified tables (≈ 50 KB gzipped): the browser loads this module only for a query that has a
 * Traditional character.
 */
export const toSimplified = createScriptFolder(Converter({ from: 't', to: 'cn' }));
