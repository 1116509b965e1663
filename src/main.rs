//! The `silkpress` binary: parse the command line and hand over to [`silkpress::cli`].

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    silkpress::cli::run(silkpress::cli::Cli::parse())
}
