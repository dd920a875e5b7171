import {drawMermaid} from './mermaidSvg';

// A remark plugin (docs' beforeDefaultRemarkPlugins in docusaurus.config.ts): every ```mermaid
// block becomes <Diagram> (src/components/Diagram) carrying the SVG drawn here, at build time, so
// the page ships a picture instead of a diagram renderer. The Mermaid source stays in the .mdx file.

interface MdNode {
  type: string;
  lang?: string | null;
  value?: string;
  position?: {start: {line: number}};
  children?: MdNode[];
  [key: string]: unknown;
}

interface VFileLike {
  path?: string;
}

const attribute = (name: string, value: string) => ({type: 'mdxJsxAttribute', name, value});

function replaceMermaidBlocks(node: MdNode, file: VFileLike, counter: {n: number}): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'code' && child.lang === 'mermaid') {
      counter.n += 1;
      const where = `${file.path ?? 'a page'}:${child.position?.start.line ?? '?'}`;
      let drawn;
      try {
        drawn = drawMermaid(child.value ?? '', `d${counter.n}`);
      } catch (error) {
        // A diagram that cannot be drawn stops the build with its place: never a page with a hole.
        throw new Error(`Mermaid diagram at ${where} could not be drawn at build time: ${error instanceof Error ? error.message : String(error)}`);
      }
      children[i] = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [attribute('svg', drawn.svg), attribute('title', drawn.title), attribute('description', drawn.description)],
        children: [],
        position: child.position,
      };
    } else {
      replaceMermaidBlocks(child, file, counter);
    }
  }
}

export default function remarkMermaidSvg() {
  return (tree: MdNode, file: VFileLike): void => {
    replaceMermaidBlocks(tree, file, {n: 0});
  };
}
