//! Copying through the terminal with OSC 52, which works over SSH and inside tmux.

use base64::Engine;

/// The escape sequence that asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    #[test]
    fn encodes_as_base64() {
        assert_eq!(super::osc52("Kharge"), "\x1b]52;c;S2hhcmdl\x07");
    }
}
