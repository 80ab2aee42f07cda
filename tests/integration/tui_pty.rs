//! The real binary in a pseudo-terminal: starts, navigates, searches, quits, restores.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);

struct Screen {
    parser: vt100::Parser,
    raw: Vec<u8>,
    rx: mpsc::Receiver<Vec<u8>>,
}

impl Screen {
    /// Read output until `pred` holds for the screen text, or fail after a deadline.
    fn wait_for(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let text = self.parser.screen().contents();
            if pred(&text) {
                return text;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {what}; screen:\n{text}"
            );
            if let Ok(chunk) = self.rx.recv_timeout(left.min(Duration::from_millis(100))) {
                self.parser.process(&chunk);
                self.raw.extend_from_slice(&chunk);
            }
        }
    }

    fn drain(&mut self) {
        while let Ok(chunk) = self.rx.recv_timeout(Duration::from_millis(200)) {
            self.parser.process(&chunk);
            self.raw.extend_from_slice(&chunk);
        }
    }
}

type Spawned = (
    Box<dyn portable_pty::Child + Send + Sync>,
    Box<dyn Write + Send>,
    Screen,
);

/// Start the binary in a 120×30 pseudo-terminal.
fn spawn() -> Spawned {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_congress-timeline"));
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    let child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let writer = pty.master.take_writer().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let screen = Screen {
        parser: vt100::Parser::new(30.try_into().unwrap(), 120.try_into().unwrap(), 0),
        raw: Vec::new(),
        rx,
    };

    (child, writer, screen)
}

/// The raw output must leave the alternate screen after entering it and show the cursor.
fn assert_restored(screen: &Screen) {
    let raw = String::from_utf8_lossy(&screen.raw);
    let leave = raw.rfind("\x1b[?1049l").expect("alternate screen left");
    let enter = raw.rfind("\x1b[?1049h").expect("alternate screen entered");
    assert!(leave > enter);
    assert!(raw[enter..].contains("\x1b[?25h"), "cursor shown again");
    assert!(!screen.parser.screen().alternate_screen());
    assert!(!screen.parser.screen().hide_cursor());
}

fn wait_exit(
    child: &mut Box<dyn portable_pty::Child + Send + Sync>,
    screen: &mut Screen,
) -> portable_pty::ExitStatus {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            screen.drain();
            return status;
        }
        assert!(Instant::now() < deadline, "the app did not exit");
        screen.drain();
    }
}

#[test]
fn real_binary_in_a_pty() {
    let (mut child, mut writer, mut screen) = spawn();
    let text = screen.wait_for("the timeline", |s| {
        s.contains("2024-08-20") && s.contains("Timeline 1/")
    });
    let first = |d: &str| text.find(d).unwrap();
    assert!(
        first("2022-10-04") < first("2023-12-21") && first("2023-12-21") < first("2024-08-20"),
        "oldest first:\n{text}"
    );

    let mut send = |bytes: &[u8]| {
        writer.write_all(bytes).unwrap();
        writer.flush().unwrap();
    };
    send(b"j");
    screen.wait_for("j to move", |s| s.contains("Timeline 2/"));

    send(b"/abdullah");
    screen.wait_for("the search line", |s| s.contains("/abdullah"));
    send(b"\r");
    // The frame is drawn in pieces: wait for all of it (the list and the people pane).
    let text = screen.wait_for(
        "the filtered list with Omar Abdullah in the people pane",
        |s| {
            s.contains("Timeline 1/")
                && !s.contains("2022-10-04")
                && !s.contains("2023-12-21")
                && s.contains("Omar Abdullah")
                && s.contains("/abdullah")
        },
    );
    assert!(text.contains("2024-08-20"));
    assert!(
        text.contains("Omar Abdullah"),
        "people pane shows Omar Abdullah:\n{text}"
    );

    send(b"q");
    let status = wait_exit(&mut child, &mut screen);
    assert!(status.success(), "exit status {status:?}");
    assert_restored(&screen);
}

#[test]
fn sigterm_restores_the_terminal() {
    let (mut child, _writer, mut screen) = spawn();
    screen.wait_for("the timeline", |s| s.contains("Timeline 1/"));
    let pid = child.process_id().expect("a pid").to_string();
    // The shell's own `kill`, so no kill binary need be installed.
    let killed = std::process::Command::new("sh")
        .args(["-c", &format!("kill -TERM {pid}")])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = wait_exit(&mut child, &mut screen);
    assert!(!status.success(), "ended by the signal");
    assert_restored(&screen);
}
