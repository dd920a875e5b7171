import type {ComponentProps, ReactNode} from 'react';
import ColorModeToggle from '@theme-original/ColorModeToggle';
import {useColorMode} from '@docusaurus/theme-common';

type Props = ComponentProps<typeof ColorModeToggle>;
type Choice = Props['value'];

const systemIsDark = () => typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches;

/**
 * Docusaurus cycles system → light → dark → system. On a light system the first click (system →
 * light) changes nothing a person can see, so it looks broken. Here every click flips what is shown:
 * from "system" to the opposite of the system's theme, and back to "system" from there.
 */
export default function ColorModeToggleWrapper(props: Props): ReactNode {
  const {colorMode} = useColorMode();
  const next = (): Choice => {
    if (!props.respectPrefersColorScheme) return colorMode === 'dark' ? 'light' : 'dark';
    const system = systemIsDark() ? 'dark' : 'light';
    if (props.value === null) return colorMode === 'dark' ? 'light' : 'dark';
    return props.value === system ? (system === 'dark' ? 'light' : 'dark') : null;
  };
  return <ColorModeToggle {...props} onChange={() => props.onChange(next())} />;
}
