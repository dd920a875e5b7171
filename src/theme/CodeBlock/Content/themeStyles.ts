import type {CSSProperties} from 'react';
import clsx from 'clsx';
import type {PrismTheme, Token} from 'prism-react-renderer';

// prism-react-renderer's styling of lines and tokens (its themeToDict, getLineProps and
// getTokenProps, MIT), here so a block coloured from build-time tokens needs none of its code,
// which ships with Prism itself. Same output, so the theme's colours apply exactly as before.

type ThemeDict = Record<string, CSSProperties>;

export function themeToDict(theme: PrismTheme, language: string): ThemeDict {
  const dict: ThemeDict = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) dict[type] = {...dict[type], ...(entry.style as CSSProperties)};
  }
  dict.root = theme.plain as CSSProperties;
  dict.plain = {...(theme.plain as CSSProperties), backgroundColor: undefined};
  return dict;
}

export function lineProps(dict: ThemeDict) {
  return ({className, style, line: _line, ...rest}: {className?: string; style?: CSSProperties; line?: unknown; [key: string]: unknown}) => ({
    ...rest,
    className: clsx('token-line', className),
    style: {...dict.plain, ...style},
  });
}

function styleForToken(dict: ThemeDict, {types, empty}: Token): CSSProperties | undefined {
  if (types.length === 1 && types[0] === 'plain') return empty != null ? {display: 'inline-block'} : undefined;
  if (types.length === 1 && empty != null) return dict[types[0]!];
  return Object.assign(empty != null ? {display: 'inline-block'} : {}, ...types.map((type) => dict[type]));
}

export function tokenProps(dict: ThemeDict) {
  return ({token, className, style, ...rest}: {token: Token; className?: string; style?: CSSProperties; [key: string]: unknown}) => {
    const own = styleForToken(dict, token);
    return {...rest, className: clsx('token', ...token.types, className), children: token.content, style: style == null ? own : {...own, ...style}};
  };
}
