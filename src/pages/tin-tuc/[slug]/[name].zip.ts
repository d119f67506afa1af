import { articleFileRoute } from './_article-file.ts';

export const { getStaticPaths, GET } = articleFileRoute('.zip');
