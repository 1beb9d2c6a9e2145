/**
 * Build-time only (wxt.config.ts), never imported by the extension: the popup is built on its own,
 * as one JS file with its CSS inlined into popup.html, so that opening it costs two requests
 * (the page and one script) instead of seven (five JS chunks shared with the other pages, and a
 * stylesheet). WXT builds all HTML pages in one Vite build (shared chunks); the popup is taken out
 * of that group into a group of its own, and its Vite build makes a single chunk.
 */
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint, EntrypointGroup } from 'wxt';

const isPopup = (e: Entrypoint): boolean => e.type === 'popup';

/** For the `entrypoints:grouped` hook: the popup leaves the shared group of HTML pages. */
export function splitPopupGroup(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    const popup = group.filter(isPopup);
    if (popup.length === 0) continue;
    group.splice(0, group.length, ...group.filter((e) => !isPopup(e)));
    groups.push(popup);
    return;
  }
}

/** Replaces the page's stylesheet links with the stylesheets' text, and drops those files. */
function inlineCss(): Plugin {
  return {
    name: 'privacy-label:popup-inline-css',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const html of Object.values(bundle)) {
          if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue;
          let text = String(html.source);
          text = text.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, file: string) => {
            const css = bundle[file];
            if (css?.type !== 'asset') return link;
            delete bundle[file];
            return `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>`;
          });
          html.source = text;
        }
      },
    },
  };
}

/** For the `vite:build:extendConfig` hook: the popup's own build makes one JS file, CSS inlined. */
export function extendPopupBuild(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (entrypoints.length !== 1 || !isPopup(entrypoints[0]!)) return;
  const build = (config.build ??= {});
  build.modulePreload = false;
  const rollup = (build.rollupOptions ??= {});
  const output = rollup.output;
  for (const o of Array.isArray(output) ? output : [(rollup.output = output ?? {})]) o.inlineDynamicImports = true;
  (config.plugins ??= []).push(inlineCss());
}
