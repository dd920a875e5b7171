/**
 * The Monaco editor, loaded lazily (this module is only reached through React.lazy after the
 * user interacts with the playground). Monaco comes from the bundled package — never the CDN
 * loader — and its TypeScript service knows @types/aws-lambda.
 */
import Editor, {loader, type OnMount} from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import React, {useCallback, useEffect, useRef} from 'react';
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

// Monaco's dark theme draws comments in #608B4E, 4.2:1 on its #1E1E1E background; WCAG AA asks
// 4.5:1 for text. The same theme with a lighter green (#7CA668, 6.0:1) and nothing else changed.
const DARK_THEME = 'lambda-lab-dark';
monaco.editor.defineTheme(DARK_THEME, {base: 'vs-dark', inherit: true, rules: [{token: 'comment', foreground: '7CA668'}], colors: {}});

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
  focus(): void;
}

export interface CodeEditorProps {
  value: string;
  language: 'typescript' | 'javascript' | 'python';
  dark: boolean;
  height: number;
  onChange(value: string): void;
  onReady(api: EditorApi): void;
}

export default function CodeEditor({value, language, dark, height, onChange, onReady}: CodeEditorProps): React.JSX.Element {
  installTypes();
  const path = language === 'typescript' ? 'file:///index.ts' : language === 'python' ? 'file:///lambda_function.py' : 'file:///index.mjs';
  // The editor owns its text while the person types: the page's copy of the code can lag a few
  // keystrokes behind, and pushing that older copy back into Monaco lost typed characters and moved
  // the caret. Only a value the editor did not produce itself (a sample, a share link) replaces it.
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const emitted = useRef(new Set<string>());
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || emitted.current.has(value) || editor.getValue() === value) return;
    emitted.current.clear();
    editor.setValue(value);
  }, [value]);
  const onMount = useCallback<OnMount>((editor) => {
    editorRef.current = editor;
    onReady({
      focus: () => editor.focus(),
    });
  }, [onReady]);
  return (
    <Editor
      height={height}
      path={path}
      language={language}
      defaultValue={value}
      theme={dark ? DARK_THEME : 'light'}
      onChange={(v) => {
        const text = v ?? '';
        if (emitted.current.size > 200) emitted.current.clear();
        emitted.current.add(text);
        onChange(text);
      }}
      onMount={onMount}
      options={{minimap: {enabled: false}, fontSize: 14, scrollBeyondLastLine: false, tabSize: 2, automaticLayout: true, ariaLabel: 'Handler code editor'}}
    />
  );
}
