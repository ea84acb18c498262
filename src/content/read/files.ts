/**
 * Lists and reads the files the content model is built from: every `<lang>/*.mdx` section,
 * `<lang>/at-a-glance.yaml`, `edition.yaml` and `what-this-means.yaml` of a content directory, and
 * its `paper.yaml`, named by their paths relative to the project root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The YAML files of a language that the model reads besides its sections (the paper is no language's). */
const modelFiles = ['at-a-glance.yaml', 'edition.yaml', 'what-this-means.yaml'];

export interface ContentFile {
  /** Path relative to the project root, `/`-separated: how problems name the file. */
  path: string;
  lang: string;
  /** The file's name, e.g. `overview.mdx`. */
  name: string;
  text: string;
}

/** The content directory and the files read from it. */
export interface ContentDirectory {
  /** The directory, relative to the project root, `/`-separated. */
  dir: string;
  /** Its files, by language in the order given, then by name. */
  files: ContentFile[];
}

/**
 * Reads the section files, summaries, title blocks and paper of a content directory.
 * @param root The project root, an absolute path.
 * @param base The content directory, absolute or relative to the root (e.g. `./content`).
 * @param langs The languages to read.
 * @example readContentFiles('/site', './content', ['ja', 'en']).files[0]?.path // 'content/ja/at-a-glance.yaml'
 */
export function readContentFiles(root: string, base: string, langs: readonly string[]): ContentDirectory {
  const absolute = isAbsolute(base) ? base : resolve(root, base);
  const dir = relative(root, absolute).split(sep).join('/') || '.';
  const files = langs.flatMap((lang) => {
    const folder = resolve(absolute, lang);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => name.endsWith('.mdx') || modelFiles.includes(name))
      .sort()
      .map((name) => ({
        path: joinPath(dir, `${lang}/${name}`),
        lang,
        name,
        text: readFileSync(resolve(folder, name), 'utf8'),
      }));
  });
  // The paper is no language's: its `lang` is empty.
  const paper = resolve(absolute, 'paper.yaml');
  if (existsSync(paper))
    files.push({ path: joinPath(dir, 'paper.yaml'), lang: '', name: 'paper.yaml', text: readFileSync(paper, 'utf8') });
  return { dir, files };
}

/**
 * A path below a directory, `/`-separated, without a leading `./`.
 * @example joinPath('./content', 'ja') // 'content/ja'
 */
export function joinPath(dir: string, name: string): string {
  const base = dir.replace(/^\.\/+/, '').replace(/\/+$/, '');
  return base && base !== '.' ? `${base}/${name}` : name;
}
