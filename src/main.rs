use clap::Parser;
use congress_timeline::cli::{self, Cli, Command};
use congress_timeline::corpus::Corpus;
use congress_timeline::tui::{self, Startup};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if cli.command.is_none() && interactive {
        return run_app(&cli);
    }
    match &cli.command {
        Some(Command::Cache { action }) => return ExitCode::from(cli::run_cache(action)),
        Some(Command::Generate {
            articles,
            seed,
            format,
            out,
        }) => {
            return ExitCode::from(cli::run_generate(*articles, *seed, *format, out));
        }
        _ => {}
    }
    let corpus = match cli::load(&cli) {
        Ok(c) => c,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(cli::EXIT_USAGE);
        }
    };
    ExitCode::from(cli::run(&cli, &corpus))
}

/// The full-screen app: drawn at once, a named corpus loading in the background.
fn run_app(cli: &Cli) -> ExitCode {
    if let Some(missing) = cli.corpus.iter().find(|p| !p.exists()) {
        eprintln!("error: corpus path not found: {}", missing.display());
        return ExitCode::from(cli::EXIT_USAGE);
    }
    let startup = if cli.corpus.is_empty() {
        Startup::Ready(Corpus::builtin())
    } else {
        Startup::Load(cli.corpus.clone(), cli::load_options(cli))
    };
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some();
    match tui::run(startup, no_color) {
        Ok(corpus) => {
            // Load problems are printed after the app closes, where they can be read.
            cli::report_diagnostics(&corpus.diagnostics, cli::DIAGNOSTICS_SHOWN);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: terminal: {e}");
            ExitCode::from(cli::EXIT_USAGE)
        }
    }
}
