//! Bytes to text: UTF-8 when valid, else Windows-1252; binary files refused.

/// The outcome of decoding a file's bytes.
pub enum Decoded {
    Text {
        text: String,
        was_windows_1252: bool,
    },
    Binary,
}

/// Decode `bytes`: UTF-8 (a BOM is dropped) when valid, else Windows-1252. A file with NUL
/// bytes, or mostly control bytes, is binary. Valid UTF-8 is taken over without a copy.
pub fn decode(mut bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if looks_binary(&bytes) {
        return Decoded::Binary;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text {
            text,
            was_windows_1252: false,
        },
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            Decoded::Text {
                text: text.into_owned(),
                was_windows_1252: true,
            }
        }
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x1b | 0x0c))
        .count();
    !head.is_empty() && controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept() {
        match decode("Kharge’s".as_bytes().to_vec()) {
            Decoded::Text {
                text,
                was_windows_1252,
            } => {
                assert_eq!(text, "Kharge’s");
                assert!(!was_windows_1252);
            }
            Decoded::Binary => panic!("not binary"),
        }
    }

    #[test]
    fn windows_1252_fallback() {
        match decode(b"Kumar\x92s \x93quote\x94 caf\xe9".to_vec()) {
            Decoded::Text {
                text,
                was_windows_1252,
            } => {
                assert_eq!(text, "Kumar’s “quote” café");
                assert!(was_windows_1252);
            }
            Decoded::Binary => panic!("not binary"),
        }
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
            Decoded::Binary
        ));
    }

    #[test]
    fn bom_is_dropped() {
        match decode(b"\xEF\xBB\xBFdate".to_vec()) {
            Decoded::Text { text, .. } => assert_eq!(text, "date"),
            Decoded::Binary => panic!(),
        }
    }
}
