import type { Theme } from '../schemas/theme';

/**
 * The stylesheet of theme colours, served as /theme-colors.css from content/themes.yaml, so that a
 * theme added or recoloured there needs no CSS change. A file from the site's own origin keeps the
 * Content-Security-Policy (style-src 'self') without inline styles. Slugs (a-z, 0-9, -) and colours
 * (#rrggbb) are validated by the schema, so nothing here can close a rule early.
 * Elements with `data-theme="<slug>"` get `--theme-color`; global.css draws with it.
 */
export function themeColorCss(themes: readonly Pick<Theme, 'slug' | 'color'>[]): string {
  const variables = (scheme: 'light' | 'dark') =>
    themes.map((theme) => `  --theme-${theme.slug}: ${theme.color[scheme]};`).join('\n');
  const selectors = themes
    .map((theme) => `[data-theme='${theme.slug}'] {\n  --theme-color: var(--theme-${theme.slug});\n}`)
    .join('\n');
  return `:root {\n${variables('light')}\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n${indent(variables('dark'))}\n  }\n}\n@media print {\n  :root {\n${indent(variables('light'))}\n  }\n}\n${selectors}\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
