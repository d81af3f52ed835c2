import { SAVED_VIEW_NAME_MAX } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { deleteSavedView, listSavedViews, renameSavedView, SavedViewError, saveView, type SavedViewRow } from './saved-views.service.js';

// Saved views (issue 11): thin resolvers around the verbs of saved-views.service.ts.

const verbContext = (ctx: Context) => ({ db: ctx.db, actor: ctx.actor, now: ctx.clock.now() });

/** A numeric id, or NOT_FOUND naming the field (an id from another source cannot be one of ours). */
function viewId(id: string | number): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new SavedViewError('NOT_FOUND', `you have no saved view with id ${id}`, 'id');
  return n;
}

export const SavedViewRef = builder.objectRef<SavedViewRow>('SavedView').implement({
  description: 'A view of the dashboard the signed-in user named: its path and URL filters.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    path: t.string({ description: 'The view, e.g. "/mentoren".', resolve: (v) => `/${v.path}` }),
    query: t.exposeString('query', { description: 'The URL parameters without "?", e.g. "jaar=2024-2025&provincie=LIMBURG"; may be empty.' }),
    url: t.string({ description: 'Path and query together: the address to open.', resolve: (v) => `/${v.path}${v.query ? `?${v.query}` : ''}` }),
    createdAt: t.exposeString('createdAt', { description: 'ISO instant.' }),
    updatedAt: t.exposeString('updatedAt', { description: 'ISO instant of the last rename.' }),
  }),
});

const SaveViewInput = builder.inputType('SaveViewInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: `1 to ${SAVED_VIEW_NAME_MAX} characters, unique among the user's views (ignoring case).` }),
    path: t.string({ required: true, description: 'One of the dashboard\'s views, e.g. "/mentoren".' }),
    query: t.string({ required: false, description: 'The URL parameters, e.g. "jaar=2024-2025&provincie=LIMBURG": filters and view options only.' }),
  }),
});

builder.queryFields((t) => ({
  savedViews: t.field({
    type: [SavedViewRef],
    description: "The signed-in user's saved views, by name.",
    resolve: (_root, _args, ctx) => listSavedViews(ctx),
  }),
}));

builder.mutationFields((t) => ({
  saveView: t.field({
    type: SavedViewRef,
    description: 'Keeps the current view (path + URL filters) under a name for the signed-in user.',
    args: { input: t.arg({ type: SaveViewInput, required: true }) },
    resolve: (_root, { input }, ctx) => saveView({ ...verbContext(ctx), input }),
  }),
  renameSavedView: t.field({
    type: SavedViewRef,
    description: 'Renames one of the signed-in user\'s saved views.',
    args: { id: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => renameSavedView({ ...verbContext(ctx), id: viewId(args.id), name: args.name }),
  }),
  deleteSavedView: t.id({
    description: "Deletes one of the signed-in user's saved views; returns its id.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => deleteSavedView({ ...verbContext(ctx), id: viewId(args.id) }),
  }),
}));
