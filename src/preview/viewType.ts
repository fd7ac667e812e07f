/** The preview panel's view type (package.json activates the extension on `onWebviewPanel:mlsd.preview`). */
export const previewViewType = 'mlsd.preview';
