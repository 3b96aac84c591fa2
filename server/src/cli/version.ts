/** The tool's name and version, from the one package.json. */
import pkg from '../../../package.json';

export const TOOL_NAME = 'privacy-annotations';
export const TOOL_VERSION: string = pkg.version;
export const TOOL_HOMEPAGE = 'https://github.com/privacy-annotations/privacy-annotations';
