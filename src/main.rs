use clap::Parser;
use congress_timeline::cli::{self, Cli};
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
    ExitCode::from(cli::run(&cli, &corpus))
}
