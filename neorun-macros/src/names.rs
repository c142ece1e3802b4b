//! WIT kebab-case names to Rust identifiers, and the naming pass that gives every generated
//! module and type a unique Rust name.
//!
//! The rules (also stated in the macro's documentation):
//!
//! - an interface's module is its short name in snake case (`wasi:io/streams@0.2.0` →
//!   `streams`, inline `import cache: interface {..}` → `cache`); when several interfaces of
//!   the world share a short name, each of those whose qualified name differs from its short
//!   name takes the qualified name instead, every character other than a letter or digit
//!   becoming `_` (`wasi_io_streams_0_2_0`);
//! - world-level functions live in the world's name in snake case, with `_world` appended while
//!   that is an interface's module;
//! - a type is its name in upper camel case; the names the generated module defines itself
//!   (`Handler`, `Server`, `Stubs`, `Client`, `Guest`, `Exports`) and the prelude names wasmtime's derives use unqualified
//!   (`Option`, `Copy`) get a trailing `_` (`handler` → `Handler_`);
//! - functions, parameters and fields are snake case, cases upper camel case, flags
//!   screaming snake case;
//! - a Rust keyword becomes a raw identifier (`r#type`), or gets a trailing `_` where Rust has
//!   no raw form (`self_`, `Self_`, `super_`, `crate_`);
//! - any name still taken in its scope gets `_` appended until it is free.

use std::collections::HashSet;

use proc_macro2::{Ident, Span};

use crate::ir::{Owner, World};

/// Rust type names a generated module defines itself (`Handler`, `Server`, `Stubs`, `Client`, `Guest`, `Exports`) or that
/// wasmtime's derives and `flags!` use unqualified (found by expanding every prelude name).
pub(crate) const RESERVED_TYPES: &[&str] =
    &["Handler", "Server", "Stubs", "Client", "Guest", "Exports", "Option", "Copy"];

/// The prefix of every module the generator adds for itself; no WIT name can start with `_`.
pub(crate) const HIDDEN_PREFIX: &str = "__neorun";

/// Rust keywords that can be written as raw identifiers (`r#type`).
const RAW_OK: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "try",
];

/// Keywords that cannot be raw identifiers; they get a trailing `_`.
const NO_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

fn words(kebab: &str) -> impl Iterator<Item = &str> {
    kebab.split('-').filter(|w| !w.is_empty())
}

/// `kv-error` → `kv_error`.
pub(crate) fn snake(kebab: &str) -> String {
    words(kebab).map(str::to_lowercase).collect::<Vec<_>>().join("_")
}

/// `kv-error` → `KV_ERROR`.
pub(crate) fn shouty(kebab: &str) -> String {
    words(kebab).map(str::to_uppercase).collect::<Vec<_>>().join("_")
}

/// `kv-error` → `KvError`; an all-caps word keeps only its first letter upper (`HTTP` → `Http`).
pub(crate) fn camel(kebab: &str) -> String {
    let mut s = String::new();
    for w in words(kebab) {
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            s.extend(c.to_uppercase());
            s.push_str(&cs.as_str().to_lowercase());
        }
    }
    s
}

/// An identifier for `name`, escaped when it is a keyword: raw (`r#type`) where Rust allows it,
/// otherwise with a trailing underscore (`self_`).
pub(crate) fn ident(name: &str) -> Ident {
    if NO_RAW.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if RAW_OK.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// The snake-case identifier of a WIT name (functions, fields, parameters, modules).
pub(crate) fn snake_ident(kebab: &str) -> Ident {
    ident(&snake(kebab))
}

/// The upper-camel-case identifier of a WIT name (types, cases).
pub(crate) fn camel_ident(kebab: &str) -> Ident {
    ident(&camel(kebab))
}

/// The screaming-snake-case identifier of a WIT name (flags constants).
pub(crate) fn shouty_ident(kebab: &str) -> Ident {
    ident(&shouty(kebab))
}

/// `wasi:io/streams@0.2.0` → `wasi_io_streams_0_2_0`.
fn qualified_module(qualified: &str) -> String {
    let kebab: String =
        qualified.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    snake(&kebab)
}

/// `name`, as its Rust identifier spells it, with `_` appended until `taken` does not hold it;
/// the result is added to `taken`.
fn unique(mut name: String, taken: &mut HashSet<String>) -> String {
    while !taken.insert(ident(&name).to_string()) {
        name.push('_');
    }
    name
}

/// The naming pass: assigns every interface module, the world functions' module and every type
/// its Rust name, by the rules in this module's documentation.
pub(crate) fn assign(world: &mut World) {
    let shorts: Vec<String> = world.interfaces.iter().map(|i| snake(&i.short)).collect();
    let mut modules = HashSet::new();
    for (i, iface) in world.interfaces.iter_mut().enumerate() {
        let shared = shorts.iter().filter(|s| **s == shorts[i]).count() > 1;
        let base = if shared && iface.qualified != iface.short {
            qualified_module(&iface.qualified)
        } else {
            shorts[i].clone()
        };
        iface.module = unique(base, &mut modules);
    }
    let mut funcs = snake(&world.name);
    while modules.contains(&ident(&funcs).to_string()) {
        funcs.push_str("_world");
    }
    world.funcs_module = funcs;

    // One scope per owner: the world's top level and each interface module.
    let mut scopes: Vec<HashSet<String>> = vec![HashSet::new(); world.interfaces.len() + 1];
    for def in &mut world.defs {
        let scope = match def.owner {
            Owner::World => 0,
            Owner::Interface(i) => i + 1,
        };
        let mut rust = camel(&def.name);
        if RESERVED_TYPES.contains(&rust.as_str()) {
            rust.push('_');
        }
        def.rust = unique(rust, &mut scopes[scope]);
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_names_convert_to_each_rust_case() {
        assert_eq!(snake("kv-error"), "kv_error");
        assert_eq!(camel("kv-error"), "KvError");
        assert_eq!(camel("HTTP-request"), "HttpRequest");
        assert_eq!(shouty("exec-all"), "EXEC_ALL");
    }

    #[test]
    fn keywords_are_escaped_raw_or_with_underscore() {
        assert_eq!(snake_ident("type").to_string(), "r#type");
        assert_eq!(snake_ident("match").to_string(), "r#match");
        assert_eq!(snake_ident("fn").to_string(), "r#fn");
        assert_eq!(snake_ident("self").to_string(), "self_");
        assert_eq!(camel_ident("self").to_string(), "Self_");
        assert_eq!(snake_ident("get").to_string(), "get");
    }
}
