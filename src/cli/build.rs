//! `silkpress build`: parse the options, run the library's [`crate::build::build`],
//! print its diagnostics and write its artifacts (to `-o`, else the project's `out/`).

use super::*;
use crate::build::{self as library, Options};

pub(super) fn build(cli: &Cli, args: &BuildArgs) -> CmdResult {
    // Huge pages speed up `check`'s millions of small allocations, but they let the
    // allocator's arenas grow in 2 MB steps: the Chinese PDF build peaked at 85 MB with
    // them, 48 MB without (the target is 64 MB). A failure only costs memory.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    // Usage errors first, before anything is read: they are never hidden by content.
    let locales = canonical_tags(&args.locale)?;
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    if args.output.is_some() && (args.all || locales.len() != 1 || formats.len() != 1) {
        return Err(usage_error(
            "-o/--output needs exactly one locale and one format",
        ));
    }
    if let Some(path) = &args.output {
        let format = formats[0];
        if !output::extension_fits(path, format.extension()) {
            return Err(usage_error(&format!(
                "-o {} does not end in .{} but the format is {}",
                path.display(),
                format.extension(),
                format.extension()
            )));
        }
        if output::inside_inputs(&cli.root, path) {
            return Err(usage_error(&format!(
                "-o {} is inside the project's locales/, templates/ or fonts/: \
                 refusing to overwrite an input (write to out/ or elsewhere)",
                path.display()
            )));
        }
    }
    // One edition needs only its own locale and the source; `--all` reads them all.
    let only = (!args.all).then_some(locales.as_slice());
    let project = load(cli, only)?;
    let tags: Vec<String> = if args.all {
        project
            .locales
            .iter()
            .map(|l| l.locale.tag.clone())
            .collect()
    } else {
        locales
    };
    let options = Options {
        formats,
        pdf_standard: args.pdf_standard,
        created: library::source_date_epoch(),
        index: args.all,
        switcher: args.output.is_none(),
    };
    let outcome = library::build(&project, &tags, &options);
    print_diags(cli, &project.sources, &outcome.diagnostics);
    for what in &outcome.not_built {
        tell!("error: {what}");
    }
    let mut failure = (!outcome.not_built.is_empty() || outcome.has_errors())
        .then(|| failure_of(&outcome.diagnostics));
    // `--all` asks for every locale folder: one that is no locale is not built, and that
    // is an error, as in `check` and `locales`; the others are built and written.
    if args.all {
        let skipped: Vec<Diagnostic> = project
            .diagnostics
            .iter()
            // One of a locale's two folders stops that locale's edition, said above.
            .filter(|d| {
                d.code == crate::diag::Code::BadLocale
                    && d.is_error()
                    && d.locale.is_none()
            })
            .cloned()
            .collect();
        if !skipped.is_empty() {
            print_diags(cli, &project.sources, &skipped);
            failure = Failure::worst(failure, failure_of(&skipped));
        }
    }
    // The project's `out/`, whatever the current folder (written `out/…` for the default root).
    let out_dir = if cli.root == Path::new(".") {
        PathBuf::from("out")
    } else {
        project.root.join("out")
    };
    for artifact in &outcome.artifacts {
        let path = match &args.output {
            Some(p) => p.clone(),
            None => out_dir.join(&artifact.file_name),
        };
        // `out/` (or a folder in it) may be a link into the project's inputs.
        if args.output.is_none() && output::inside_inputs(&cli.root, &path) {
            failure = Failure::worst(
                failure,
                usage_error(&format!(
                    "{} is inside the project's locales/, templates/ or fonts/ (out/ \
                     links there): refusing to overwrite an input (make out/ a folder \
                     of its own, or write with -o elsewhere)",
                    path.display()
                )),
            );
            continue;
        }
        let to_stdout = output::is_stdout(&path);
        let written = match output::write_content(&cli.root, &path, &artifact.bytes) {
            Ok(w) => w,
            Err(e) => {
                failure = Failure::worst(failure, write_failed(&path, &e));
                continue;
            }
        };
        // Where standard output holds the edition itself, the status goes to standard
        // error.
        if to_stdout || path.as_os_str() == "-" {
            output::tell_written(&path, written);
        } else {
            say!("{}", written.status(&path));
        }
    }
    failure.map_or(Ok(()), Err)
}
