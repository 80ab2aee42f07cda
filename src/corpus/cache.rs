//! The index cache: enriched batches of a corpus saved in the user's cache directory, so a
//! second launch on the same archive skips parsing and enrichment.
//!
//! File layout: `MAGIC`, then frames `[kind u8][len u32][crc32 u32][postcard bytes]`: one key
//! frame (program version and every file's path, size and modification time), batch frames,
//! and an end frame. Every frame is checked before anything is decoded; a truncated, corrupt
//! or stale file is ignored (and rebuilt), never trusted. Written to a temporary file and
//! renamed, so a reader never sees half a cache.

use super::Batch;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"CTINDEX1";
const KIND_KEY: u8 = 1;
const KIND_BATCH: u8 = 2;
const KIND_END: u8 = 3;

/// Identifies the exact input a cache was built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CacheKey {
    pub version: String,
    pub files: Vec<FileKey>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileKey {
    pub path: String,
    pub size: u64,
    pub modified_ns: u128,
}

impl CacheKey {
    /// The key for these files as they are now on disk.
    pub fn of(files: &[PathBuf]) -> CacheKey {
        let files = files
            .iter()
            .map(|p| {
                let meta = std::fs::metadata(p).ok();
                FileKey {
                    path: p
                        .canonicalize()
                        .unwrap_or_else(|_| p.clone())
                        .display()
                        .to_string(),
                    size: meta.as_ref().map_or(0, |m| m.len()),
                    modified_ns: meta
                        .and_then(|m| m.modified().ok())
                        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                        .map_or(0, |d| d.as_nanos()),
                }
            })
            .collect();
        CacheKey {
            version: format!("{} {}", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION")),
            files,
        }
    }
}

/// Why a cache file was not used.
#[derive(Debug, thiserror::Error)]
pub enum CacheMiss {
    #[error("no cache yet")]
    Absent,
    #[error("cache is stale (the files or the program changed)")]
    Stale,
    #[error("cache is damaged: {0}")]
    Damaged(String),
}

/// The cache directory: `$XDG_CACHE_HOME/congress-timeline`, else `~/.cache/congress-timeline`.
pub fn cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("congress-timeline"))
}

/// The cache file for a set of corpus paths (one file per distinct set).
pub fn cache_file(dir: &Path, corpus_paths: &[PathBuf]) -> PathBuf {
    let mut h = crc32fast::Hasher::new();
    for p in corpus_paths {
        let canonical = p.canonicalize().unwrap_or_else(|_| p.clone());
        h.update(canonical.display().to_string().as_bytes());
        h.update(b"\0");
    }
    dir.join(format!("index-{:08x}.bin", h.finalize()))
}

/// Remove every cache file; returns how many were removed.
pub fn clear(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("index-") || name.starts_with(".tmp-index-") {
            std::fs::remove_file(&path)?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Read a cache file for `key`. The end frame is checked first (a truncated file is refused
/// before anything is decoded), then frame by frame: each checksum is verified before its
/// batch is decoded, and any fault refuses the whole file. One frame is in memory at a time.
pub fn read(file: &Path, key: &CacheKey) -> Result<Vec<Batch>, CacheMiss> {
    let damaged = |what: &str| CacheMiss::Damaged(what.to_string());
    let mut f = match File::open(file) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(CacheMiss::Absent),
        Err(e) => return Err(CacheMiss::Damaged(e.to_string())),
    };
    let len = f.metadata().map_err(|e| damaged(&e.to_string()))?.len();
    let end_frame = [KIND_END, 0, 0, 0, 0]
        .into_iter()
        .chain(crc32fast::hash(&[]).to_le_bytes())
        .collect::<Vec<u8>>();
    if len < (MAGIC.len() + end_frame.len()) as u64 {
        return Err(damaged("truncated"));
    }
    let mut tail = vec![0u8; end_frame.len()];
    f.seek(SeekFrom::End(-(end_frame.len() as i64)))
        .and_then(|_| f.read_exact(&mut tail))
        .map_err(|e| damaged(&e.to_string()))?;
    if tail != end_frame {
        return Err(damaged("truncated (no end frame)"));
    }
    f.seek(SeekFrom::Start(0))
        .map_err(|e| damaged(&e.to_string()))?;
    let mut r = BufReader::with_capacity(1 << 20, f);
    let mut magic = [0u8; 8];
    r.read_exact(&mut magic).map_err(|_| damaged("truncated"))?;
    if &magic != MAGIC {
        return Err(damaged("not a cache file"));
    }
    let (kind, first) = next_frame(&mut r)?.ok_or_else(|| damaged("empty"))?;
    if kind != KIND_KEY {
        return Err(damaged("no key frame"));
    }
    let stored: CacheKey = postcard::from_bytes(&first).map_err(|e| damaged(&e.to_string()))?;
    if &stored != key {
        return Err(CacheMiss::Stale);
    }
    let mut batches = Vec::new();
    loop {
        match next_frame(&mut r)? {
            Some((KIND_BATCH, payload)) => {
                batches.push(postcard::from_bytes(&payload).map_err(|e| damaged(&e.to_string()))?)
            }
            Some((KIND_END, _)) => return Ok(batches),
            Some(_) => return Err(damaged("unexpected frame")),
            None => return Err(damaged("truncated (no end frame)")),
        }
    }
}

/// The next frame, its checksum verified; `None` at the end of the file.
fn next_frame(r: &mut impl Read) -> Result<Option<(u8, Vec<u8>)>, CacheMiss> {
    let damaged = |what: &str| CacheMiss::Damaged(what.to_string());
    let mut header = [0u8; 9];
    match r.read_exact(&mut header[..1]) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(damaged(&e.to_string())),
    }
    r.read_exact(&mut header[1..])
        .map_err(|_| damaged("truncated frame header"))?;
    let len = u32::from_le_bytes(header[1..5].try_into().expect("4 bytes")) as usize;
    let crc = u32::from_le_bytes(header[5..9].try_into().expect("4 bytes"));
    let mut payload = Vec::new();
    r.take(len as u64)
        .read_to_end(&mut payload)
        .map_err(|e| damaged(&e.to_string()))?;
    if payload.len() != len {
        return Err(damaged("truncated frame"));
    }
    if crc32fast::hash(&payload) != crc {
        return Err(damaged("checksum mismatch"));
    }
    Ok(Some((header[0], payload)))
}

/// Writes a cache file batch by batch as a load proceeds; `finish` makes it visible.
pub struct CacheWriter {
    out: BufWriter<File>,
    tmp: PathBuf,
    target: PathBuf,
}

impl CacheWriter {
    pub fn create(target: &Path, key: &CacheKey) -> io::Result<CacheWriter> {
        let dir = target.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let name = target
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("index.bin");
        let tmp = dir.join(format!(".tmp-{name}.{}", std::process::id()));
        let mut out = BufWriter::new(File::create(&tmp)?);
        out.write_all(MAGIC)?;
        let mut w = CacheWriter {
            out,
            tmp,
            target: target.to_path_buf(),
        };
        w.frame(
            KIND_KEY,
            &postcard::to_allocvec(key).map_err(io::Error::other)?,
        )?;
        Ok(w)
    }

    fn frame(&mut self, kind: u8, payload: &[u8]) -> io::Result<()> {
        let len = u32::try_from(payload.len())
            .map_err(|_| io::Error::other("batch too large for the cache"))?;
        self.out.write_all(&[kind])?;
        self.out.write_all(&len.to_le_bytes())?;
        self.out
            .write_all(&crc32fast::hash(payload).to_le_bytes())?;
        self.out.write_all(payload)
    }

    pub fn batch(&mut self, batch: &Batch) -> io::Result<()> {
        let bytes = postcard::to_allocvec(batch).map_err(io::Error::other)?;
        self.frame(KIND_BATCH, &bytes)
    }

    /// Write the end frame and rename the file into place.
    pub fn finish(mut self) -> io::Result<()> {
        self.frame(KIND_END, &[])?;
        self.out.flush()?;
        self.out.get_ref().sync_all()?;
        std::fs::rename(&self.tmp, &self.target)
    }
}

impl Drop for CacheWriter {
    fn drop(&mut self) {
        // Unfinished: leave nothing behind. After `finish` the rename has moved it already.
        let _ = std::fs::remove_file(&self.tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Article, LoadProgress};

    fn batch(n: usize) -> Batch {
        let date = chrono::NaiveDate::from_ymd_opt(2024, 8, 20).unwrap();
        Batch {
            articles: (0..n)
                .map(|i| Article::new(format!("a{i}"), date, format!("Body {i}."), "t".into()))
                .collect(),
            diagnostics: vec![crate::corpus::Diagnostic::warning("x.csv", "folded")],
            progress: LoadProgress {
                articles: n,
                ..LoadProgress::default()
            },
        }
    }

    fn key() -> CacheKey {
        CacheKey {
            version: "v".into(),
            files: vec![FileKey {
                path: "/a".into(),
                size: 3,
                modified_ns: 9,
            }],
        }
    }

    fn write(path: &Path, batches: &[Batch]) {
        let mut w = CacheWriter::create(path, &key()).unwrap();
        for b in batches {
            w.batch(b).unwrap();
        }
        w.finish().unwrap();
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index-x.bin");
        write(&path, &[batch(3), batch(2)]);
        let back = read(&path, &key()).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(back[0].articles, batch(3).articles);
        assert_eq!(back[1].diagnostics, batch(2).diagnostics);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left");
    }

    #[test]
    fn stale_truncated_and_corrupt_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index-x.bin");
        assert!(matches!(read(&path, &key()), Err(CacheMiss::Absent)));
        write(&path, &[batch(3)]);
        let mut other = key();
        other.files[0].size = 4;
        assert!(matches!(read(&path, &other), Err(CacheMiss::Stale)));

        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 9]).unwrap();
        assert!(
            matches!(read(&path, &key()), Err(CacheMiss::Damaged(_))),
            "no end frame"
        );
        for cut in [3, 12, bytes.len() / 2] {
            std::fs::write(&path, &bytes[..cut]).unwrap();
            assert!(
                matches!(read(&path, &key()), Err(CacheMiss::Damaged(_))),
                "cut at {cut}"
            );
        }
        let mut flipped = bytes.clone();
        let mid = flipped.len() - 20;
        flipped[mid] ^= 0x55;
        std::fs::write(&path, &flipped).unwrap();
        assert!(matches!(read(&path, &key()), Err(CacheMiss::Damaged(_))));
    }

    #[test]
    fn clear_removes_only_cache_files() {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("index-a.bin"), &[batch(1)]);
        std::fs::write(dir.path().join("keep.txt"), "x").unwrap();
        assert_eq!(clear(dir.path()).unwrap(), 1);
        assert!(dir.path().join("keep.txt").exists());
        assert_eq!(clear(&dir.path().join("none")).unwrap(), 0);
    }

    #[test]
    fn file_name_depends_on_the_paths() {
        let d = Path::new("/c");
        let a = cache_file(d, &[PathBuf::from("/x/a.csv")]);
        let b = cache_file(d, &[PathBuf::from("/x/b.csv")]);
        assert_ne!(a, b);
        assert!(a.starts_with("/c"));
    }
}
