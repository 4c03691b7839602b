// Writes a file whole, through a temporary file and a rename, so a reader (or
// a failed run) never sees half of it and a failure leaves the old one (#2).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export async function replaceFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await writeFile(temporary, text)
    await rename(temporary, file)
  } catch (e) {
    await rm(temporary, { force: true })
    throw e
  }
}
