/**
 * Astro's file() loader for a registry file that may not exist: an archive
 * without people.yaml (or with it deleted since the last build) builds with an
 * empty registry instead of logging an error and keeping stale cached entries.
 */
import { existsSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';

export function optionalYamlFile(filePath: string): Loader {
  const loader = file(filePath);
  return {
    name: 'optional-registry-file',
    load: async (context) => {
      if (!existsSync(filePath)) {
        context.store.clear();
        return;
      }
      await loader.load(context);
    },
  };
}
