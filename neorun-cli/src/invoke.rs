//! `--invoke 'NAME(ARGS)'`: parsing the call, finding the export, calling it, and printing the
//! results, all in the WAVE value syntax (the `wasm-wave` crate, as the wasmtime CLI uses).

use std::fmt::Write as _;

use anyhow::{Context as _, anyhow, bail};
use wasmtime::Store;
use wasmtime::component::wasm_wave::parser::ParserError;
use wasmtime::component::wasm_wave::untyped::UntypedFuncCall;
use wasmtime::component::{Func, Instance, Type, Val};

use neorun::Host;

/// A parsed `--invoke`: the export to call and its still untyped arguments.
pub(crate) struct Invocation {
    /// The exported interface holding the function (`iface#fn`), `None` for a world export.
    pub(crate) interface: Option<String>,
    /// The function's name.
    pub(crate) function: String,
    /// The `--invoke` text as given, for messages.
    source: String,
    /// Where the argument list starts in `source`.
    args_at: usize,
    /// The arguments, parsed but not yet checked against the parameter types.
    call: UntypedFuncCall<'static>,
}

impl std::fmt::Debug for Invocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Invocation").field("source", &self.source).finish_non_exhaustive()
    }
}

/// The name the argument list is parsed under: the export's real name may not be a WAVE
/// function name (`[method]...`), and it was already split off.
const PLACEHOLDER: &str = "f";

impl Invocation {
    /// Parses `run(selftest, 0)`, `neorun:kv/store@0.1.0#get("k")`, or a bare `name` (no
    /// arguments).
    pub(crate) fn parse(text: &str) -> anyhow::Result<Self> {
        let source = text.trim().to_owned();
        let (name, args_at) = match source.find('(') {
            Some(i) => (source[..i].trim_end(), i),
            None => (source.as_str(), source.len()),
        };
        if name.is_empty() {
            bail!("--invoke needs a function name, e.g. --invoke 'run(selftest, 0)'");
        }
        let (interface, function) = match name.rsplit_once('#') {
            Some((i, f)) if !i.is_empty() && !f.is_empty() => (Some(i.to_owned()), f.to_owned()),
            Some(_) => {
                bail!("--invoke {name:?}: write INTERFACE#FUNCTION, e.g. 'a:b/c@1.0.0#get(\"k\")'")
            }
            None => (None, name.to_owned()),
        };
        let args = if args_at == source.len() { "()" } else { &source[args_at..] };
        let call = UntypedFuncCall::parse(&format!("{PLACEHOLDER}{args}"))
            .map_err(|e| anyhow!(describe(&e, &source, args_at)))
            .context("invalid --invoke arguments")?
            .into_owned();
        Ok(Self { interface, function, source, args_at, call })
    }

    /// The name as written: `run` or `iface#fn`.
    pub(crate) fn name(&self) -> String {
        match &self.interface {
            Some(i) => format!("{i}#{}", self.function),
            None => self.function.clone(),
        }
    }

    /// Finds the export in `instance`.
    pub(crate) fn lookup(&self, store: &mut Store<Host>, instance: &Instance) -> Option<Func> {
        let parent = match &self.interface {
            Some(i) => Some(instance.get_export_index(&mut *store, None, i)?),
            None => None,
        };
        let idx = instance.get_export_index(&mut *store, parent.as_ref(), &self.function)?;
        instance.get_func(&mut *store, idx)
    }

    /// Types the arguments against `func`'s parameters.
    pub(crate) fn args(&self, store: &Store<Host>, func: &Func) -> anyhow::Result<Vec<Val>> {
        let ty = func.ty(store);
        let types: Vec<Type> = ty.params().map(|(_, t)| t).collect();
        let names: Vec<&str> = ty.params().map(|(n, _)| n).collect();
        self.call.to_wasm_params::<Val>(types.iter()).map_err(|e| {
            anyhow!(describe(&e, &self.source, self.args_at)).context(format!(
                "invalid arguments for `{}({})`",
                self.name(),
                names.join(", ")
            ))
        })
    }
}

/// Calls `func` with `args` and returns its results.
pub(crate) async fn call(
    store: &mut Store<Host>,
    func: &Func,
    args: &[Val],
) -> wasmtime::Result<Vec<Val>> {
    let mut results = vec![Val::Bool(false); func.ty(&*store).results().len()];
    func.call_async(&mut *store, args, &mut results).await?;
    Ok(results)
}

/// Each result in WAVE syntax, one per line (nothing for a function without results).
pub(crate) fn render_results(results: &[Val]) -> anyhow::Result<String> {
    let mut out = String::new();
    for v in results {
        let text = v.to_wave().map_err(|e| anyhow!("cannot print the result: {e:#}"))?;
        let _ = writeln!(out, "{text}");
    }
    Ok(out)
}

/// A parser error as a message that points into the `--invoke` text: the error's span is in the
/// placeholder-prefixed argument text, `args_at` is where that text starts in `source`.
fn describe(err: &ParserError, source: &str, args_at: usize) -> String {
    let what = match err.detail() {
        Some(d) => format!("{}: {d}", err.kind()),
        None => err.kind().to_string(),
    };
    let span = err.span();
    let start = (span.start + args_at).saturating_sub(PLACEHOLDER.len()).min(source.len());
    let width = span.end.saturating_sub(span.start).max(1);
    let column = source[..start].chars().count();
    format!(
        "{what} at column {}\n    {source}\n    {}{}",
        column + 1,
        " ".repeat(column),
        "^".repeat(width)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn world_and_interface_exports_are_told_apart() {
        let i = Invocation::parse("run(selftest, 0)").unwrap();
        assert_eq!((i.interface.as_deref(), i.function.as_str()), (None, "run"));
        let i = Invocation::parse(" neorun:kv/store@0.1.0#get(\"k\") ").unwrap();
        assert_eq!(i.interface.as_deref(), Some("neorun:kv/store@0.1.0"));
        assert_eq!(i.function, "get");
        assert_eq!(i.name(), "neorun:kv/store@0.1.0#get");
    }

    #[test]
    fn a_bare_name_calls_without_arguments() {
        let i = Invocation::parse("ping").unwrap();
        assert_eq!(i.function, "ping");
        assert!(i.call.params_node().is_none());
    }

    #[test]
    fn syntax_errors_point_at_the_bad_column() {
        let err = format!("{:#}", Invocation::parse("run(selftest, @)").unwrap_err());
        assert!(err.contains("invalid --invoke arguments"), "{err}");
        assert!(err.contains("column 15"), "{err}");
        assert!(err.contains("\n    run(selftest, @)\n                  ^"), "{err}");
    }

    #[test]
    fn malformed_names_are_refused() {
        assert!(Invocation::parse("(1)").is_err());
        assert!(Invocation::parse("#f()").is_err());
        assert!(Invocation::parse("a:b/c#()").is_err());
    }

    #[test]
    fn results_print_one_per_line_in_wave_syntax() {
        let text = render_results(&[
            Val::Result(Ok(Some(Box::new(Val::U64(34))))),
            Val::String("a\"b".into()),
        ])
        .unwrap();
        assert_eq!(text, "ok(34)\n\"a\\\"b\"\n");
    }
}
