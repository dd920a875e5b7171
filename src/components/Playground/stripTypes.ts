/**
 * TypeScript to JavaScript for a Run, without the editor: the types are erased (not checked), as
 * an esbuild or SAM build does. Sucrase (MIT, about 60 KB gz in the run chunk) does it in
 * milliseconds, so pressing Run never waits for Monaco (1.4 MB gz) to download.
 */
import {transform} from 'sucrase';

export type StripResult = {readonly ok: true; readonly code: string} | {readonly ok: false; readonly error: string};

export function stripTypes(source: string): StripResult {
  try {
    return {ok: true, code: transform(source, {transforms: ['typescript'], disableESTransforms: true}).code};
  } catch (error) {
    return {ok: false, error: `index.ts is not valid TypeScript: ${error instanceof Error ? error.message : String(error)}`};
  }
}
