/** The path a direct upload is PUT to: `/uploads/<signed id>`. */
export const UPLOAD_PATH = /^\/uploads\/([^/]+)$/;

export const isUploadPath = (pathname: string): boolean => UPLOAD_PATH.test(pathname);
