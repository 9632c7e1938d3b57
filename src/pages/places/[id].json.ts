/** /places/<id>.json: one place and the stories that name it, as data. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entityJsonPaths, entityJsonResponse } from '../../data/entity-json';

export const getStaticPaths = (() => entityJsonPaths('places')) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({
  props: { entity },
}) => entityJsonResponse('places', entity);
