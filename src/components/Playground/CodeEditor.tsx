/**
 * The Monaco editor, loaded lazily (this module is only reached through React.lazy after the
 * user interacts with the playground). Monaco comes from the bundled package — never the CDN
 * loader — and its TypeScript service knows @types/aws-lambda.
 */
import Editor, {loader, type OnMount} from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import React, {useCallback} from 'react';
import {NODE_LITE_TYPES} from './nodeLiteTypes';

declare global {
  interface Window {
    MonacoEnvironment?: {getWorker(workerId: string, label: string): Worker};
  }
}

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'typescript' || label === 'javascript') {
      return new Worker(new URL('monaco-editor/languages/features/typescript/ts.worker.js', import.meta.url));
    }
    return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url));
  },
};
loader.config({monaco});

type RawContext = {keys(): string[]; (key: string): string | {default: string}};
declare const require: {context(directory: string, recursive: boolean, filter: RegExp): RawContext};

let typesInstalled = false;
function installTypes(): void {
  if (typesInstalled) return;
  typesInstalled = true;
  const ts = monaco.typescript;
  const options = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    lib: ['es2022'],
    strict: true,
    allowJs: true,
    checkJs: false,
    allowNonTsExtensions: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmitOnError: false,
  };
  ts.typescriptDefaults.setCompilerOptions(options);
  ts.javascriptDefaults.setCompilerOptions(options);
  ts.typescriptDefaults.addExtraLib(NODE_LITE_TYPES, 'file:///node_modules/@types/lambda-lab-node-lite/index.d.ts');
  ts.javascriptDefaults.addExtraLib(NODE_LITE_TYPES, 'file:///node_modules/@types/lambda-lab-node-lite/index.d.ts');
  const context = require.context('@types/aws-lambda', true, /\.d\.ts$/);
  for (const key of context.keys()) {
    if (!key.startsWith('./')) continue;
    const loaded = context(key);
    const text = typeof loaded === 'string' ? loaded : loaded.default;
    ts.typescriptDefaults.addExtraLib(text, `file:///node_modules/@types/aws-lambda/${key.slice(2)}`);
  }
  ts.typescriptDefaults.addExtraLib('{"name":"@types/aws-lambda","types":"index.d.ts"}', 'file:///node_modules/@types/aws-lambda/package.json');
}

export interface EditorApi {
  /** The handler as JavaScript: TypeScript is emitted by Monaco's TypeScript worker. */
  toJavaScript(): Promise<string>;
  focus(): void;
}

export interface CodeEditorProps {
  value: string;
  language: 'typescript' | 'javascript';
  dark: boolean;
  height: number;
  onChange(value: string): void;
  onReady(api: EditorApi): void;
}

export default function CodeEditor({value, language, dark, height, onChange, onReady}: CodeEditorProps): React.JSX.Element {
  installTypes();
  const path = language === 'typescript' ? 'file:///index.ts' : 'file:///index.mjs';
  const onMount = useCallback<OnMount>((editor) => {
    onReady({
      focus: () => editor.focus(),
      async toJavaScript() {
        const model = editor.getModel();
        if (!model) throw new Error('the editor has no model');
        if (model.getLanguageId() !== 'typescript') return model.getValue();
        const getWorker = await monaco.typescript.getTypeScriptWorker();
        const worker = await getWorker(model.uri);
        const output = await worker.getEmitOutput(model.uri.toString());
        const js = output.outputFiles.find((f) => f.name.endsWith('.js'));
        if (!js) throw new Error('TypeScript produced no JavaScript');
        return js.text;
      },
    });
  }, [onReady]);
  return (
    <Editor
      height={height}
      path={path}
      language={language}
      value={value}
      theme={dark ? 'vs-dark' : 'light'}
      onChange={(v) => onChange(v ?? '')}
      onMount={onMount}
      options={{minimap: {enabled: false}, fontSize: 14, scrollBeyondLastLine: false, tabSize: 2, automaticLayout: true, ariaLabel: 'Handler code editor'}}
    />
  );
}
