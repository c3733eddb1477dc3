import { type FileUpload } from 'graphql-upload-minimal';
import { type InputFile } from './file-sources';

/** Drain GraphQL multipart uploads into memory (the size bound is set on the middleware). */
export async function readUploads(files: Promise<FileUpload>[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const pending of files) {
    const file = await pending;
    const chunks: Buffer[] = [];
    for await (const chunk of file.createReadStream()) chunks.push(chunk as Buffer);
    out.push({ fileName: file.filename, bytes: new Uint8Array(Buffer.concat(chunks)) });
  }
  return out;
}
