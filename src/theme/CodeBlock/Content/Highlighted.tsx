import type {ReactNode} from 'react';
import {Prism, useTokenize} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import TokenLines from './TokenLines';

// Loaded only by ./loadHighlighter (its own chunk), for blocks that came without build-time tokens
// (code a widget renders itself). The theme registers the extra languages
// (themeConfig.prism.additionalLanguages) from an every-page client module; that module is swapped
// for an empty one in docusaurus.config.ts, so they are registered here, once.
prismIncludeLanguages(Prism as Parameters<typeof prismIncludeLanguages>[0]);

/** The code block coloured by Prism in the browser. */
export default function Highlighted({className}: {className?: string}): ReactNode {
  const {code, language} = useCodeBlockContext().metadata;
  const lower = language.toLowerCase();
  const tokens = useTokenize({prism: Prism, code, grammar: Prism.languages[lower], language: lower});
  return <TokenLines className={className} tokens={tokens} />;
}
