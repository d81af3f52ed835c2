// The saved-views module's public face: a user's named views of the dashboard (path + URL filters).
export { deleteSavedView, listSavedViews, renameSavedView, SavedViewError, saveView, type SavedViewRow, type SaveViewInput } from './saved-views.service.js';
