// The docs page template (component-docs.mdx), compiled by @storybook/addon-docs.
declare module '*.mdx' {
  const MDXContent: (props: Record<string, unknown>) => unknown;
  export default MDXContent;
}
