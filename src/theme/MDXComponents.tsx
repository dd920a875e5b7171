import MDXComponents from '@theme-original/MDXComponents';
import Quota from '@site/src/components/Quota';

// Only small components used across many pages belong here: everything registered is bundled
// for every page. Widgets are imported explicitly by the pages that use them.
export default {
  ...MDXComponents,
  Quota,
};
