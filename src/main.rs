use clap::Parser;
use congress_timeline::cli::{self, Cli};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let corpus = match cli::load(&cli) {
        Ok(c) => c,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(cli::EXIT_USAGE);
        }
    };
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if cli.command.is_none() && interactive {
        let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some();
        // Load problems are printed after the app closes, where they can be read.
        let diagnostics = corpus.diagnostics.clone();
        if let Err(e) = congress_timeline::tui::run(corpus, no_color) {
            eprintln!("error: terminal: {e}");
            return ExitCode::from(cli::EXIT_USAGE);
        }
        cli::report_diagnostics(&diagnostics, cli::DIAGNOSTICS_SHOWN);
        return ExitCode::SUCCESS;
    }
    ExitCode::from(cli::run(&cli, &corpus))
}
