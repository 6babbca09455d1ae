import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A static file served at a content-hashed URL, so it can be cached for a year. */
export interface Asset {
  /** `/assets/<name>.<hash>.<ext>` */
  url: string;
  contentType: string;
  body: Buffer;
  /** The same bytes gzipped once, for clients that accept it. */
  gzip: Buffer;
  /** Strong ETag from the content hash. */
  etag: string;
}

/** Makes an asset from its logical name (`site.css`) and content. */
export function createAsset(name: string, contentType: string, content: string | Buffer): Asset {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const dot = name.lastIndexOf('.');
  const url = `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
  return { url, contentType, body, gzip: gzipSync(body, { level: 9 }), etag: `"${hash}"` };
}

/** The assets of the site by logical name; built once when the app is built. */
export interface AssetStore {
  stylesheet: Asset;
  checklistScript: Asset;
  byUrl: Map<string, Asset>;
}
