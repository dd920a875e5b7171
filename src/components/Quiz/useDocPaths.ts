import {useMemo} from 'react';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';

/** Every doc route in this build (without trailing slashes), to resolve learn-more links against. */
export function useDocPaths(): ReadonlySet<string> {
  const data = useAllDocsData();
  return useMemo(() => {
    const paths = new Set<string>();
    for (const plugin of Object.values(data)) {
      for (const version of plugin.versions) for (const doc of version.docs) paths.add(doc.path.replace(/\/$/, ''));
    }
    return paths;
  }, [data]);
}
