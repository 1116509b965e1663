//! The `silkpress` binary: parse the command line and hand over to [`silkpress::cli`].

use std::process::ExitCode;

use clap::Parser;

/// mimalloc rather than the system allocator: `check` builds and drops millions of small
/// AST nodes, and a whole tree checks markedly faster with it (see the README's figures).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    silkpress::cli::run(silkpress::cli::Cli::parse())
}
