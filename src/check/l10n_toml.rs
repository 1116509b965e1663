//! compare-locales' project configuration (`l10n.toml`), read and applied as
//! compare-locales 9.0.5 applies it (`compare_locales.paths`: `configparser.py`,
//! `project.py`, `matcher.py`, `files.py`), so `check --l10n-toml` counts what it counts.
//!
//! What is read: `basepath`, `locales`, `[env]` (with `l10n_base` set to the tree's
//! root, as compare-locales' command line sets it), `[[paths]]` (`reference`, `l10n`,
//! per-path `locales`), `[[filters]]` (`path`, optional `key` — literal or `re:` — and
//! `action` `ignore`, `warning` or `error`) and `[[includes]]`, recursively. Path
//! patterns have `{variables}`, `*` (one segment) and `**` (any number of segments).
//!
//! silkpress pairs a locale's file with the source's file of the same path below
//! the locale directories (`<root>/<locale>/<rel>` with `<root>/<source>/<rel>`), so
//! a configuration must map them so (Firefox's l10n repositories do); one that maps
//! a file elsewhere is refused with the file named. `[[excludes]]` is refused as not
//! supported.
//!
//! The configuration and every file it includes are inputs like any other
//! ([`input::read`]): regular files inside the tree's root (`--root`) once links are
//! resolved, of at most [`input::SETTINGS`]' size. Each file is read once: an include
//! of a file read already adds nothing (compare-locales would read the same
//! configuration again) and is a [`Code::RepeatedInclude`] warning, and an include of
//! a file that is including it is a cycle, refused — so a chain of files each
//! including the next one twice costs one read per file, not two to the power of its
//! length.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use regex::Regex;

use crate::diag::{Code, Diagnostic, Warned};
use crate::project::input;
use crate::project::style::located;

/// What a filter does with a file or an entry (`action`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    /// Not checked, not counted.
    Ignore,
    /// Reported as a warning; a missing entry is not counted as missing.
    Warning,
    /// Checked and counted (the default of every path a locale owns).
    Error,
}

/// One node of a path pattern (`matcher.py`'s `Pattern` children).
#[derive(Clone, Debug, PartialEq)]
enum Node {
    /// Literal text.
    Literal(String),
    /// `{name}`.
    Variable(String),
    /// `*`: one path segment, numbered in the pattern.
    Star(usize),
    /// `**` (with its `/`, if any): any number of segments, numbered.
    Starstar(usize, &'static str),
}

/// A parsed path pattern, with the root it is relative to (`None`: not rooted).
#[derive(Clone, Debug)]
struct Pattern {
    nodes: Vec<Node>,
    root: Option<String>,
}

/// Environment: variable name to its (unparsed) pattern text.
type Env = BTreeMap<String, String>;

impl Pattern {
    /// Parses a pattern as `PatternParser` does.
    fn parse(text: &str, root: Option<&str>) -> Pattern {
        let mut nodes = Vec::new();
        let mut literal = String::new();
        let mut stars = 0;
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '*' && chars.get(i + 1) == Some(&'*') {
                // `**` only at a segment start (after `/`, `}` or the beginning) and
                // followed by `/` or the end.
                let before_ok = literal
                    .chars()
                    .next_back()
                    .map_or(i == 0 || matches!(chars[i - 1], '/' | '}'), |p| p == '/');
                let after = chars.get(i + 2);
                if before_ok && matches!(after, None | Some('/')) {
                    if !literal.is_empty() {
                        nodes.push(Node::Literal(std::mem::take(&mut literal)));
                    }
                    stars += 1;
                    let suffix = if after.is_some() { "/" } else { "" };
                    nodes.push(Node::Starstar(stars, suffix));
                    i += 2 + suffix.len();
                    continue;
                }
            }
            if c == '*' {
                if !literal.is_empty() {
                    nodes.push(Node::Literal(std::mem::take(&mut literal)));
                }
                stars += 1;
                nodes.push(Node::Star(stars));
                i += 1;
                continue;
            }
            if c == '{' {
                let rest: String = chars[i + 1..].iter().collect();
                if let Some(end) = rest.find('}') {
                    let name = rest[..end].trim();
                    if !name.is_empty()
                        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                    {
                        if !literal.is_empty() {
                            nodes.push(Node::Literal(std::mem::take(&mut literal)));
                        }
                        nodes.push(Node::Variable(name.to_string()));
                        i += 1 + rest[..=end].chars().count();
                        continue;
                    }
                }
            }
            literal.push(c);
            i += 1;
        }
        nodes.push(Node::Literal(literal));
        Pattern {
            nodes,
            root: root.map(|r| format!("{}/", r.trim_end_matches('/'))),
        }
    }

    /// The text of the first node, expanded (to see whether it is absolute).
    fn first_absolute(&self, env: &Env) -> bool {
        match self.nodes.first() {
            Some(Node::Literal(l)) => l.starts_with('/'),
            Some(Node::Variable(v)) => env.get(v).is_some_and(|value| {
                let mut inner = env.clone();
                inner.remove(v);
                Pattern::parse(value, None).first_absolute(&inner)
            }),
            _ => false,
        }
    }

    /// The regular expression of the pattern (`regex_pattern`), unanchored.
    fn regex(&self, env: &Env) -> String {
        let mut out = String::new();
        if let Some(root) = &self.root {
            if !self.first_absolute(env) {
                out.push_str(&regex::escape(root));
            }
        }
        for node in &self.nodes {
            match node {
                Node::Literal(l) => out.push_str(&regex::escape(l)),
                Node::Variable(v) => match env.get(v) {
                    Some(value) => {
                        let mut inner = env.clone();
                        inner.remove(v);
                        out.push_str("(?:");
                        out.push_str(&Pattern::parse(value, None).regex(&inner));
                        out.push(')');
                    }
                    None => out.push_str("(?:.+?)"),
                },
                Node::Star(n) => out.push_str(&format!("(?P<s{n}>[^/]*)")),
                Node::Starstar(n, suffix) => {
                    out.push_str(&format!("(?P<s{n}>.+{})?", regex::escape(suffix)))
                }
            }
        }
        out
    }

    /// The pattern with every variable and star replaced (`expand`); `None` when one
    /// has no value.
    fn expand(&self, env: &Env, stars: &BTreeMap<usize, String>) -> Option<String> {
        let mut out = String::new();
        if let Some(root) = &self.root {
            if !self.first_absolute(env) {
                out.push_str(root);
            }
        }
        for node in &self.nodes {
            match node {
                Node::Literal(l) => out.push_str(l),
                Node::Variable(v) => {
                    let value = env.get(v)?;
                    let mut inner = env.clone();
                    inner.remove(v);
                    out.push_str(&Pattern::parse(value, None).expand(&inner, stars)?);
                }
                Node::Star(n) | Node::Starstar(n, _) => out.push_str(stars.get(n)?),
            }
        }
        Some(out)
    }
}

/// A pattern compiled for one environment (one locale).
struct Matcher {
    pattern: Pattern,
    env: Env,
    re: Regex,
}

impl Matcher {
    fn new(pattern: &Pattern, env: Env) -> Result<Matcher, String> {
        let re = Regex::new(&format!("^(?:{})$", pattern.regex(&env))).map_err(|e| {
            format!("a path pattern compiles to no regular expression ({e})")
        })?;
        Ok(Matcher {
            pattern: pattern.clone(),
            env,
            re,
        })
    }

    fn matches(&self, path: &str) -> bool {
        self.re.is_match(path)
    }

    /// The path `other` gives for what this pattern matched in `path` (`sub`).
    fn sub(&self, other: &Matcher, path: &str) -> Option<String> {
        let caps = self.re.captures(path)?;
        let mut stars = BTreeMap::new();
        for name in self.re.capture_names().flatten() {
            if let Some(n) = name.strip_prefix('s').and_then(|n| n.parse().ok()) {
                let value = caps.name(name).map_or("", |m| m.as_str());
                stars.insert(n, value.to_string());
            }
        }
        other.pattern.expand(&other.env, &stars)
    }
}

/// One `[[paths]]` entry.
struct Paths {
    reference: Pattern,
    l10n: Pattern,
    locales: Option<Vec<String>>,
}

/// One `[[filters]]` rule (one path and at most one key: lists are split, as
/// `_compile_rule` does).
struct Rule {
    path: Pattern,
    key: Option<Regex>,
    action: Action,
}

/// One configuration file (`ProjectConfig`) and its includes.
struct ProjectConfig {
    env: Env,
    paths: Vec<Paths>,
    rules: Vec<Rule>,
    locales: Option<Vec<String>>,
    children: Vec<ProjectConfig>,
}

impl ProjectConfig {
    /// This configuration and every included one, depth first (`configs`).
    fn configs(&self) -> Vec<&ProjectConfig> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.configs());
        }
        out
    }

    /// Every locale named anywhere (`all_locales`).
    fn all_locales(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for c in self.configs() {
            out.extend(c.locales.iter().flatten().cloned());
            for p in &c.paths {
                out.extend(p.locales.iter().flatten().cloned());
            }
        }
        out
    }

    /// This configuration's patterns compiled for one locale (`cache`).
    fn compile(&self, locale: &str) -> Result<Compiled<'_>, String> {
        let env = with_locale(&self.env, locale);
        let mut l10n = Vec::new();
        for p in &self.paths {
            if p.locales
                .as_ref()
                .is_some_and(|l| !l.iter().any(|x| x == locale))
            {
                continue;
            }
            l10n.push(Matcher::new(&p.l10n, env.clone())?);
        }
        let mut rules = Vec::new();
        for r in &self.rules {
            rules.push((Matcher::new(&r.path, env.clone())?, r));
        }
        let children = self
            .children
            .iter()
            .map(|c| c.compile(locale))
            .collect::<Result<_, _>>()?;
        Ok(Compiled {
            l10n,
            rules,
            children,
        })
    }
}

/// A configuration compiled for one locale.
struct Compiled<'a> {
    l10n: Vec<Matcher>,
    rules: Vec<(Matcher, &'a Rule)>,
    children: Vec<Compiled<'a>>,
}

impl Compiled<'_> {
    /// The action for a file (`entity: None`) or an entry of it (`_filter`).
    fn action(&self, path: &str, entity: Option<&str>) -> Option<Action> {
        let mut actions = BTreeSet::new();
        for child in &self.children {
            if let Some(a) = child.action(path, entity) {
                actions.insert(a);
            }
        }
        if actions.contains(&Action::Error) {
            return Some(Action::Error);
        }
        if self.l10n.iter().any(|m| m.matches(path)) {
            let mut action = Action::Error;
            for (m, rule) in self.rules.iter().rev() {
                if !m.matches(path) || rule.key.is_some() != entity.is_some() {
                    continue;
                }
                if let (Some(key), Some(e)) = (&rule.key, entity) {
                    if !key.is_match(e) {
                        continue;
                    }
                }
                action = rule.action;
                break;
            }
            actions.insert(action);
        }
        actions.into_iter().max()
    }
}

fn with_locale(env: &Env, locale: &str) -> Env {
    let mut env = env.clone();
    env.insert("locale".into(), locale.into());
    env
}

/// A project configuration, read.
pub struct L10nConfig {
    top: ProjectConfig,
    /// How the file is named in diagnostics.
    display: PathBuf,
}

/// What one locale owns under a configuration: the paths (relative to the locale
/// directories) compare-locales visits for it, and the filter actions of its files and
/// entries.
pub struct Plan {
    /// Paths compare-locales compares for the locale (a source file, a file of the
    /// locale, or both), with the file's own action.
    pub files: BTreeMap<String, Action>,
    /// Actions of entries by (path, ID as compare-locales keys it: terms with `-`),
    /// where not [`Action::Error`].
    entries: BTreeMap<(String, String), Action>,
}

impl Plan {
    /// Whether the locale owns a file.
    pub fn owns(&self, rel: &str) -> bool {
        self.files.get(rel).is_some_and(|a| *a != Action::Ignore)
    }

    /// The action of an entry (`id` with the `-` of a term).
    pub fn entry(&self, rel: &str, id: &str) -> Action {
        self.entries
            .get(&(rel.to_string(), id.to_string()))
            .copied()
            .unwrap_or(Action::Error)
    }
}

/// `abspath`: an absolute path with `.` and `..` resolved lexically, `/` separators.
fn absolute(path: &Path) -> String {
    let base = if path.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir().unwrap_or_default()
    };
    let mut parts: Vec<String> = Vec::new();
    for c in base.join(path).components() {
        match c {
            Component::ParentDir => {
                parts.pop();
            }
            Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    format!("/{}", parts.join("/"))
}

impl L10nConfig {
    /// Reads a configuration and its includes, each a file inside `root` (the tree as
    /// `--root` names it); `l10n_base` is the folder of the locale directories. The
    /// warnings are the includes of a file read already.
    pub fn load(
        root: &Path,
        path: &Path,
        l10n_base: &Path,
    ) -> Result<Warned<L10nConfig>, Diagnostic> {
        let mut env = Env::new();
        env.insert("l10n_base".into(), absolute(l10n_base));
        let mut reader = Reader {
            root,
            parser_env: env,
            read: Vec::new(),
            including: Vec::new(),
            warnings: Vec::new(),
        };
        let top = reader
            .read_config(path)?
            .expect("the first file read is no repeat");
        Ok(Warned {
            output: L10nConfig {
                top,
                display: path.to_path_buf(),
            },
            warnings: reader.warnings,
        })
    }

    /// Every locale the configuration names, sorted.
    pub fn locales(&self) -> Vec<String> {
        self.top.all_locales().into_iter().collect()
    }

    /// What `locale` owns: `source` and `target` are the locale directories on disk,
    /// `source_files` and `target_files` the paths of their files below them, and
    /// `entries(rel)` the IDs of a file of the locale and of the source (compare-locales
    /// keys: terms with `-`) whose filter action is needed.
    pub fn plan(
        &self,
        locale: &str,
        (source, source_files): (&Path, &[&str]),
        (target, target_files): (&Path, &[&str]),
        entries: &dyn Fn(&str) -> Vec<String>,
    ) -> Result<Plan, Diagnostic> {
        self.plan_inner(
            locale,
            (source, source_files),
            (target, target_files),
            entries,
        )
        .map_err(|message| {
            Diagnostic::error(Code::ConfigError, message)
                .in_file(&self.display)
                .locale(locale)
        })
    }

    fn plan_inner(
        &self,
        locale: &str,
        (source, source_files): (&Path, &[&str]),
        (target, target_files): (&Path, &[&str]),
        entries: &dyn Fn(&str) -> Vec<String>,
    ) -> Result<Plan, String> {
        let mut plan = Plan {
            files: BTreeMap::new(),
            entries: BTreeMap::new(),
        };
        if !self.top.all_locales().contains(locale) {
            return Ok(plan);
        }
        let (src_dir, tgt_dir) = (absolute(source), absolute(target));
        // `ProjectFiles`: the applicable paths of every configuration, last first.
        let mut matchers = Vec::new();
        for pc in self.top.configs() {
            if pc
                .locales
                .as_ref()
                .is_some_and(|l| !l.iter().any(|x| x == locale))
            {
                continue;
            }
            let env = with_locale(&pc.env, locale);
            for p in &pc.paths {
                if p.locales
                    .as_ref()
                    .is_some_and(|l| !l.iter().any(|x| x == locale))
                {
                    continue;
                }
                matchers.push((
                    Matcher::new(&p.l10n, env.clone())?,
                    Matcher::new(&p.reference, pc.env.clone())?,
                ));
            }
        }
        matchers.reverse();
        // `iter_locale`: each l10n path once, with the reference path of the first
        // pattern that finds it.
        let mut known: BTreeMap<String, String> = BTreeMap::new();
        for (l10n, reference) in &matchers {
            for rel in target_files {
                let path = format!("{tgt_dir}/{rel}");
                if l10n.matches(&path) && !known.contains_key(&path) {
                    let r = l10n.sub(reference, &path).ok_or_else(|| {
                        format!("no reference path for {path}: a variable has no value")
                    })?;
                    known.insert(path, r);
                }
            }
            for rel in source_files {
                let path = format!("{src_dir}/{rel}");
                if reference.matches(&path) {
                    let l = reference.sub(l10n, &path).ok_or_else(|| {
                        format!("no l10n path for {path}: a variable has no value")
                    })?;
                    known.entry(l).or_insert(path);
                }
            }
        }
        let compiled = self.top.compile(locale)?;
        for (l10n_path, ref_path) in &known {
            let rel = l10n_path
                .strip_prefix(&tgt_dir)
                .and_then(|r| r.strip_prefix('/'))
                .ok_or_else(|| {
                    format!("{l10n_path} is not below the locale directory {tgt_dir}")
                })?;
            let ref_rel = ref_path
                .strip_prefix(&src_dir)
                .and_then(|r| r.strip_prefix('/'));
            if ref_rel != Some(rel) {
                return Err(format!(
                    "{l10n_path} is compared with {ref_path}; silkpress compares a \
                     locale's file with the source locale's file of the same path \
                     ({src_dir}/{rel})"
                ));
            }
            let action = compiled.action(l10n_path, None).unwrap_or(Action::Ignore);
            plan.files.insert(rel.to_string(), action);
            if action == Action::Ignore {
                continue;
            }
            for id in entries(rel) {
                let a = compiled
                    .action(l10n_path, Some(&id))
                    .unwrap_or(Action::Ignore);
                if a != Action::Error {
                    plan.entries.insert((rel.to_string(), id), a);
                }
            }
        }
        Ok(plan)
    }
}

/// The most includes nested in one another.
const MAX_DEPTH: usize = 32;

/// The configuration files being read (`TOMLParser` with the files it has read).
struct Reader<'a> {
    /// The tree's root: every file read lies inside it.
    root: &'a Path,
    /// The environment every file is parsed with (`l10n_base`).
    parser_env: Env,
    /// The files read, links resolved.
    read: Vec<PathBuf>,
    /// The files whose includes are being read, outermost first, links resolved.
    including: Vec<PathBuf>,
    /// Includes of a file read already.
    warnings: Vec<Diagnostic>,
}

impl Reader<'_> {
    /// Reads one configuration file and its includes (`TOMLParser.parse`); `None` when
    /// the file was read already (a warning says so).
    fn read_config(&mut self, path: &Path) -> Result<Option<ProjectConfig>, Diagnostic> {
        let shown = path.display().to_string();
        let fail = |message: String| {
            Diagnostic::error(Code::ConfigError, message)
                .in_file(path)
                .hint("see compare-locales' documentation of l10n.toml")
        };
        // Where the file is, links resolved, to know it again; a path that does not
        // resolve is left to the read below to report.
        let canonical = std::fs::canonicalize(path).ok();
        if let Some(c) = &canonical {
            if let Some(at) = self.including.iter().position(|f| f == c) {
                let chain: Vec<String> = self.including[at..]
                    .iter()
                    .chain([c])
                    .map(|f| f.display().to_string())
                    .collect();
                return Err(fail(format!(
                    "{} includes {shown}, which is including it already: a cycle ({})",
                    self.including[self.including.len() - 1].display(),
                    chain.join(" → ")
                ))
                .hint("include each file from one place only"));
            }
            if self.read.contains(c) {
                self.warnings.push(
                    Diagnostic::warning(
                        Code::RepeatedInclude,
                        format!(
                            "{shown} is included again (by {}): it is read once, and the \
                             second include adds nothing",
                            self.including
                                .last()
                                .map_or(String::new(), |f| f.display().to_string())
                        ),
                    )
                    .in_file(path)
                    .hint("include each file from one place only"),
                );
                return Ok(None);
            }
        }
        if self.including.len() > MAX_DEPTH {
            return Err(fail(format!(
                "{shown}: includes nest more than {MAX_DEPTH} deep"
            )));
        }
        let bytes = input::read(self.root, path, input::SETTINGS)
            .map_err(|r| r.diagnostic(path))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| fail(format!("failed to read {shown} (it is not UTF-8)")))?;
        let data: toml::Table = toml::from_str(&text).map_err(|e| {
            Diagnostic::error(
                Code::ConfigError,
                format!("failed to read {shown} ({})", e.message().trim()),
            )
            .in_file(located(&text, path, e.span().map(|s| s.start)))
            .hint("see compare-locales' documentation of l10n.toml")
        })?;
        let canonical = canonical.unwrap_or_else(|| path.to_path_buf());
        self.read.push(canonical.clone());
        self.including.push(canonical);
        let config = parse_config(self, path, &data);
        self.including.pop();
        config.map(Some)
    }
}

/// The configuration `data` of the file `path` (the rest of `TOMLParser.parse`), with
/// its includes read by `reader`.
fn parse_config(
    reader: &mut Reader<'_>,
    path: &Path,
    data: &toml::Table,
) -> Result<ProjectConfig, Diagnostic> {
    let shown = path.display().to_string();
    let fail = |message: String| {
        Diagnostic::error(Code::ConfigError, message)
            .in_file(path)
            .hint("see compare-locales' documentation of l10n.toml")
    };
    let string = |v: &toml::Value, what: &str| -> Result<String, Diagnostic> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| fail(format!("{shown}: `{what}` must be a string")))
    };
    let strings = |v: &toml::Value, what: &str| -> Result<Vec<String>, Diagnostic> {
        match v {
            toml::Value::String(s) => Ok(vec![s.clone()]),
            toml::Value::Array(a) => a.iter().map(|x| string(x, what)).collect(),
            _ => Err(fail(format!(
                "{shown}: `{what}` must be a string or a list of strings"
            ))),
        }
    };
    let tables = |key: &str| -> Result<Vec<&toml::Table>, Diagnostic> {
        match data.get(key) {
            None => Ok(Vec::new()),
            Some(toml::Value::Array(a)) => a
                .iter()
                .map(|x| {
                    x.as_table().ok_or_else(|| {
                        fail(format!("{shown}: `[[{key}]]` entries must be tables"))
                    })
                })
                .collect(),
            Some(_) => Err(fail(format!("{shown}: `{key}` must be an array of tables"))),
        }
    };
    if data.contains_key("excludes") {
        return Err(fail(format!(
            "{shown}: `[[excludes]]` is not supported by silkpress yet"
        )));
    }
    let basepath = match data.get("basepath") {
        Some(v) => string(v, "basepath")?,
        None => ".".into(),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let root = absolute(&dir.join(basepath));
    let mut env = Env::new();
    if let Some(e) = data.get("env") {
        let table = e
            .as_table()
            .ok_or_else(|| fail(format!("{shown}: `[env]` must be a table")))?;
        for (k, v) in table {
            env.insert(k.clone(), string(v, &format!("env.{k}"))?);
        }
    }
    env.extend(
        reader
            .parser_env
            .iter()
            .map(|(k, v)| (k.clone(), v.clone())),
    );
    let mut paths = Vec::new();
    for t in tables("paths")? {
        let l10n = t
            .get("l10n")
            .ok_or_else(|| fail(format!("{shown}: a `[[paths]]` entry has no `l10n`")))?;
        let reference = t.get("reference").ok_or_else(|| {
            fail(format!(
                "{shown}: a `[[paths]]` entry has no `reference` (Fluent files need one)"
            ))
        })?;
        paths.push(Paths {
            l10n: Pattern::parse(&string(l10n, "l10n")?, Some(&root)),
            reference: Pattern::parse(&string(reference, "reference")?, Some(&root)),
            locales: t
                .get("locales")
                .map(|v| strings(v, "locales"))
                .transpose()?,
        });
    }
    let mut rules = Vec::new();
    for t in tables("filters")? {
        let action = match t.get("action").and_then(|v| v.as_str()) {
            Some("ignore") => Action::Ignore,
            Some("warning") => Action::Warning,
            Some("error") => Action::Error,
            _ => {
                return Err(fail(format!(
                    "{shown}: a filter's `action` must be \"ignore\", \"warning\" or \"error\""
                )))
            }
        };
        let path_list = strings(
            t.get("path")
                .ok_or_else(|| fail(format!("{shown}: a filter has no `path`")))?,
            "path",
        )?;
        let keys: Vec<Option<Regex>> = match t.get("key") {
            None => vec![None],
            Some(v) => strings(v, "key")?
                .into_iter()
                .map(|k| {
                    let re = match k.strip_prefix("re:") {
                        Some(r) => format!("^(?:{r})"),
                        None => format!("^{}$", regex::escape(&k)),
                    };
                    Regex::new(&re).map(Some).map_err(|e| {
                        fail(format!(
                            "{shown}: filter key `{k}` is not a regular expression ({e})"
                        ))
                    })
                })
                .collect::<Result<_, _>>()?,
        };
        for p in &path_list {
            for key in &keys {
                rules.push(Rule {
                    path: Pattern::parse(p, Some(&root)),
                    key: key.clone(),
                    action,
                });
            }
        }
    }
    let mut children = Vec::new();
    for t in tables("includes")? {
        let p = string(
            t.get("path")
                .ok_or_else(|| fail(format!("{shown}: an include has no `path`")))?,
            "path",
        )?;
        let expanded = Pattern::parse(&p, Some(&root))
            .expand(&env, &BTreeMap::new())
            .ok_or_else(|| {
                fail(format!("{shown}: include `{p}` names an unknown variable"))
            })?;
        children.extend(reader.read_config(Path::new(&expanded))?);
    }
    let locales = data
        .get("locales")
        .map(|v| strings(v, "locales"))
        .transpose()?;
    Ok(ProjectConfig {
        env,
        paths,
        rules,
        locales,
        children,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn patterns_match_as_compare_locales_does() {
        let e = env(&[
            ("l", "{l10n_base}/{locale}/"),
            ("l10n_base", "/t"),
            ("locale", "de"),
        ]);
        let l10n =
            Matcher::new(&Pattern::parse("{l}browser/**", Some("/cfg")), e.clone())
                .unwrap();
        assert!(l10n.matches("/t/de/browser/a/b.ftl"));
        assert!(!l10n.matches("/t/fr/browser/a.ftl"));
        let star =
            Matcher::new(&Pattern::parse("{l}chat/*.ftl", None), e.clone()).unwrap();
        assert!(star.matches("/t/de/chat/irc.ftl"));
        assert!(!star.matches("/t/de/chat/x/irc.ftl"));
        let reference =
            Matcher::new(&Pattern::parse("en-US/browser/**", Some("/cfg")), e).unwrap();
        assert!(reference.matches("/cfg/en-US/browser/x.ftl"));
        assert_eq!(
            reference
                .sub(&l10n, "/cfg/en-US/browser/menu/x.ftl")
                .as_deref(),
            Some("/t/de/browser/menu/x.ftl")
        );
    }
}
