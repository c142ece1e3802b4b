//! The ledger: what a component imports and exports, in neopack's structural type model.
//!
//! [`Ledger::new`] reads a component's type (`Component::component_type`) and converts every
//! function of every imported and exported *interface instance* (`neorun:kv/store@0.1.0`) into a
//! [`schema::Function`], so that the rest of neorun — the dynamic stubs, the handshake, the
//! static/dynamic fallback decision, `neorun inspect` — works with one type model and one
//! fingerprint, never with wasmtime's types.
//!
//! A function whose signature the model cannot express (resource handles, `future`, `stream`,
//! `error-context`, `map`, fixed-length lists, component-model `async` functions) is not an
//! error: it is kept as an [`Unsupported`] entry with the reason, and left out of the
//! interface's [`schema::Interface`] (and so out of its fingerprint).
//!
//! Functions imported or exported directly by the world (a bare `func`, not inside an instance)
//! are grouped into one [`LedgerInterface`] per direction whose name is the empty string
//! ([`WORLD`]); they are registered on the linker's root instance.
//!
//! A component imports only the functions its code actually uses, so an import interface is a
//! *subset* of what a provider offers: compare with [`LedgerInterface::check_against`], never by
//! equality of whole interfaces or their fingerprints.

use core::fmt;

use neopack::schema::{self, Case, Field, Function, Interface, Param};
use wasmtime::Engine;
use wasmtime::component::Component;
use wasmtime::component::types::{self, ComponentFunc, ComponentItem};

/// The name of the pseudo-interface that holds a world's own function imports or exports.
pub const WORLD: &str = "";

/// Whether a component imports or exports an interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The component needs the interface; something else must provide it.
    Import,
    /// The component provides the interface.
    Export,
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Direction::Import => "import",
            Direction::Export => "export",
        })
    }
}

/// A function the structural model cannot express, and why.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Unsupported {
    /// The function's name as the component names it (`open`, `[method]handle.name`).
    pub function: String,
    /// What in its signature is not supported, e.g. ``result: resource handle `own` is not
    /// supported``.
    pub reason: String,
}

/// One imported or exported interface of a component, as the ledger sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerInterface {
    direction: Direction,
    interface: Interface,
    unsupported: Vec<Unsupported>,
    resources: Vec<String>,
}

/// A function the component uses that an offered interface does not provide, or provides with a
/// different signature.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Mismatch {
    /// The offered interface has no function of that name.
    #[error("interface `{interface}` does not offer function `{function}`")]
    Missing {
        /// The interface's name.
        interface: String,
        /// The missing function.
        function: String,
    },
    /// The offered function's signature differs.
    #[error("interface `{interface}`, function `{function}`: {difference}")]
    Signature {
        /// The interface's name.
        interface: String,
        /// The function whose signature differs.
        function: String,
        /// The first difference, from [`Function::first_difference`] (this component's side is
        /// the expected one).
        difference: String,
    },
}

impl Mismatch {
    /// The name of the function that does not match.
    pub fn function(&self) -> &str {
        match self {
            Mismatch::Missing { function, .. } | Mismatch::Signature { function, .. } => function,
        }
    }
}

impl LedgerInterface {
    /// Whether the component imports or exports this interface.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// The instance name (`neorun:kv/store@0.1.0`), or [`WORLD`] for the world's own functions.
    pub fn name(&self) -> &str {
        &self.interface.name
    }

    /// Whether this groups the world's own functions rather than an interface instance.
    pub fn is_world(&self) -> bool {
        self.interface.name == WORLD
    }

    /// The supported functions as a schema interface, in the order the component declares them.
    pub fn interface(&self) -> &Interface {
        &self.interface
    }

    /// The supported functions. A function's [`Function::name`] is also the name under which
    /// the linker registers it (`LinkerInstance::func_new_async`) and under which an instance
    /// exports it; indices into this slice are the function indices of the dynamic path.
    pub fn functions(&self) -> &[Function] {
        &self.interface.functions
    }

    /// The index of the supported function named `name`.
    pub fn function_index(&self, name: &str) -> Option<usize> {
        self.interface.functions.iter().position(|f| f.name == name)
    }

    /// The functions the model cannot express, with the reasons.
    pub fn unsupported(&self) -> &[Unsupported] {
        &self.unsupported
    }

    /// The names of the resource types the interface declares (never callable through the
    /// model; listed for inspection).
    pub fn resources(&self) -> &[String] {
        &self.resources
    }

    /// The fingerprint of the supported functions ([`Interface::fingerprint`]).
    pub fn fingerprint(&self) -> u64 {
        self.interface.fingerprint()
    }

    /// Checks that `offered` provides every supported function of this interface with an equal
    /// signature. Extra functions in `offered` are fine (a component imports only what it
    /// uses); its name is not compared.
    ///
    /// # Errors
    ///
    /// The first function, in this interface's order, that is missing from `offered` or whose
    /// signature differs.
    pub fn check_against(&self, offered: &Interface) -> Result<(), Mismatch> {
        for used in &self.interface.functions {
            let Some(theirs) = offered.function(&used.name) else {
                return Err(Mismatch::Missing {
                    interface: self.interface.name.clone(),
                    function: used.name.clone(),
                });
            };
            if let Some(difference) = used.first_difference(theirs) {
                return Err(Mismatch::Signature {
                    interface: self.interface.name.clone(),
                    function: used.name.clone(),
                    difference,
                });
            }
        }
        Ok(())
    }

    fn new(direction: Direction, name: &str) -> Self {
        Self {
            direction,
            interface: Interface::new(name, Vec::new()),
            unsupported: Vec::new(),
            resources: Vec::new(),
        }
    }

    fn add_function(&mut self, name: &str, func: &ComponentFunc) {
        match convert_function(name, func) {
            Ok(f) => self.interface.functions.push(f),
            Err(reason) => self.unsupported.push(Unsupported { function: name.to_owned(), reason }),
        }
    }

    fn from_instance(
        engine: &Engine,
        direction: Direction,
        name: &str,
        inst: &types::ComponentInstance,
    ) -> Self {
        let mut out = Self::new(direction, name);
        for (item_name, ext) in inst.exports(engine) {
            match ext.ty {
                ComponentItem::ComponentFunc(f) => out.add_function(item_name, &f),
                ComponentItem::Resource(_) => out.resources.push(item_name.to_owned()),
                ComponentItem::Type(_) => {}
                ComponentItem::ComponentInstance(_)
                | ComponentItem::Component(_)
                | ComponentItem::Module(_)
                | ComponentItem::CoreFunc(_) => out.unsupported.push(Unsupported {
                    function: item_name.to_owned(),
                    reason: "not a function: nested instances, components and core items are \
                             not supported"
                        .to_owned(),
                }),
            }
        }
        out
    }
}

/// `import neorun:kv/store@0.1.0 { get: func(key: string) -> option<…>; … } # fingerprint 0x…`,
/// one function per line; unsupported functions appear as comments.
impl fmt::Display for LedgerInterface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if self.is_world() { "<world>" } else { &self.interface.name };
        writeln!(f, "{} {name} {{", self.direction)?;
        for r in &self.resources {
            writeln!(f, "    resource {r};")?;
        }
        for func in &self.interface.functions {
            writeln!(f, "    {}: {};", func.name, func.signature())?;
        }
        for u in &self.unsupported {
            writeln!(f, "    # unsupported {}: {}", u.function, u.reason)?;
        }
        write!(f, "}} # fingerprint {:#018x}", self.fingerprint())
    }
}

/// What a component imports and exports, converted into the structural model.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ledger {
    imports: Vec<LedgerInterface>,
    exports: Vec<LedgerInterface>,
}

impl Ledger {
    /// Reads `component`'s imports and exports.
    ///
    /// Never fails: what the model cannot express is recorded as [`Unsupported`]. Imports and
    /// exports that are neither instances nor functions (types, resources, modules, components
    /// at the world level) are not part of the ledger.
    pub fn new(engine: &Engine, component: &Component) -> Self {
        Self::from_component_type(engine, &component.component_type())
    }

    /// Like [`Ledger::new`], from a component type, e.g. the one that
    /// `Linker::substituted_component_type` returns.
    pub fn from_component_type(engine: &Engine, ty: &types::Component) -> Self {
        let mut ledger = Ledger::default();
        let mut world_imports = LedgerInterface::new(Direction::Import, WORLD);
        let mut world_exports = LedgerInterface::new(Direction::Export, WORLD);
        for (name, ext) in ty.imports(engine) {
            match ext.ty {
                ComponentItem::ComponentInstance(inst) => ledger
                    .imports
                    .push(LedgerInterface::from_instance(engine, Direction::Import, name, &inst)),
                ComponentItem::ComponentFunc(f) => world_imports.add_function(name, &f),
                _ => {}
            }
        }
        for (name, ext) in ty.exports(engine) {
            match ext.ty {
                ComponentItem::ComponentInstance(inst) => ledger
                    .exports
                    .push(LedgerInterface::from_instance(engine, Direction::Export, name, &inst)),
                ComponentItem::ComponentFunc(f) => world_exports.add_function(name, &f),
                _ => {}
            }
        }
        for (list, world) in
            [(&mut ledger.imports, world_imports), (&mut ledger.exports, world_exports)]
        {
            if !world.interface.functions.is_empty() || !world.unsupported.is_empty() {
                list.push(world);
            }
        }
        ledger
    }

    /// The imported interfaces, in the component's order; the world's own function imports, if
    /// any, last (named [`WORLD`]).
    pub fn imports(&self) -> &[LedgerInterface] {
        &self.imports
    }

    /// The exported interfaces, in the component's order; the world's own function exports, if
    /// any, last (named [`WORLD`]).
    pub fn exports(&self) -> &[LedgerInterface] {
        &self.exports
    }

    /// The imported interface named `name` ([`WORLD`] for the world's own functions).
    pub fn import(&self, name: &str) -> Option<&LedgerInterface> {
        self.imports.iter().find(|i| i.name() == name)
    }

    /// The exported interface named `name` ([`WORLD`] for the world's own functions).
    pub fn export(&self, name: &str) -> Option<&LedgerInterface> {
        self.exports.iter().find(|i| i.name() == name)
    }
}

/// Every interface, imports first, separated by blank lines.
impl fmt::Display for Ledger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, iface) in self.imports.iter().chain(&self.exports).enumerate() {
            if i > 0 {
                f.write_str("\n\n")?;
            }
            write!(f, "{iface}")?;
        }
        Ok(())
    }
}

/// Converts one wasmtime function type, or says why it cannot be.
fn convert_function(name: &str, func: &ComponentFunc) -> Result<Function, String> {
    if func.async_() {
        return Err("component-model `async` functions are not supported".to_owned());
    }
    let mut params = Vec::with_capacity(func.params().len());
    for (pname, ty) in func.params() {
        let ty = convert_type(&ty).map_err(|e| format!("parameter `{pname}`: {e}"))?;
        params.push(Param { name: pname.to_owned(), ty });
    }
    let mut results = func.results();
    if results.len() > 1 {
        return Err(format!("{} results; at most one is supported", results.len()));
    }
    let result = match results.next() {
        Some(ty) => Some(convert_type(&ty).map_err(|e| format!("result: {e}"))?),
        None => None,
    };
    Ok(Function { name: name.to_owned(), params, result })
}

/// Converts a wasmtime value type into the structural model, or says why it cannot be.
pub(crate) fn convert_type(ty: &types::Type) -> Result<schema::Type, String> {
    use schema::Type as S;
    use types::Type as W;
    Ok(match ty {
        W::Bool => S::Bool,
        W::S8 => S::S8,
        W::U8 => S::U8,
        W::S16 => S::S16,
        W::U16 => S::U16,
        W::S32 => S::S32,
        W::U32 => S::U32,
        W::S64 => S::S64,
        W::U64 => S::U64,
        W::Float32 => S::F32,
        W::Float64 => S::F64,
        W::Char => S::Char,
        W::String => S::String,
        W::List(l) => S::list(convert_type(&l.ty()).map_err(|e| format!("list element: {e}"))?),
        W::Record(r) => {
            let mut fields = Vec::with_capacity(r.fields().len());
            for field in r.fields() {
                let ty =
                    convert_type(&field.ty).map_err(|e| format!("field `{}`: {e}", field.name))?;
                fields.push(Field::new(field.name, ty));
            }
            S::Record(fields)
        }
        W::Tuple(t) => {
            let mut types = Vec::with_capacity(t.types().len());
            for (i, ty) in t.types().enumerate() {
                types.push(convert_type(&ty).map_err(|e| format!("tuple element {i}: {e}"))?);
            }
            S::Tuple(types)
        }
        W::Variant(v) => {
            let mut cases = Vec::with_capacity(v.cases().len());
            for case in v.cases() {
                let ty = match &case.ty {
                    Some(ty) => {
                        Some(convert_type(ty).map_err(|e| format!("case `{}`: {e}", case.name))?)
                    }
                    None => None,
                };
                cases.push(Case::new(case.name, ty));
            }
            S::Variant(cases)
        }
        W::Enum(e) => S::enumeration(e.names()),
        W::Option(o) => S::option(convert_type(&o.ty())?),
        W::Result(r) => {
            let ok =
                r.ok().map(|t| convert_type(&t)).transpose().map_err(|e| format!("ok: {e}"))?;
            let err =
                r.err().map(|t| convert_type(&t)).transpose().map_err(|e| format!("err: {e}"))?;
            S::result(ok, err)
        }
        W::Flags(f) => {
            if f.names().len() > 64 {
                return Err(format!(
                    "flags with {} names; at most 64 are supported",
                    f.names().len()
                ));
            }
            S::flags(f.names())
        }
        W::Own(_) => return Err("resource handle `own` is not supported".to_owned()),
        W::Borrow(_) => return Err("resource handle `borrow` is not supported".to_owned()),
        W::Future(_) => return Err("`future` is not supported".to_owned()),
        W::Stream(_) => return Err("`stream` is not supported".to_owned()),
        W::ErrorContext => return Err("`error-context` is not supported".to_owned()),
        W::Map(_) => return Err("`map` is not supported".to_owned()),
        W::FixedLengthList(_) => return Err("fixed-length lists are not supported".to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use schema::Type;

    fn iface(functions: Vec<Function>) -> LedgerInterface {
        let mut i = LedgerInterface::new(Direction::Import, "a:b/c");
        i.interface.functions = functions;
        i
    }

    #[test]
    fn check_against_is_a_subset_check_in_declaration_order() {
        let f = Function::new("f", [("x", Type::U8)], None);
        let g = Function::new("g", [("y", Type::String)], Some(Type::Bool));
        let used = iface(vec![g.clone(), f.clone()]);
        assert_eq!(
            used.check_against(&Interface::new("other", vec![f.clone(), g.clone()])),
            Ok(())
        );
        assert_eq!(iface(vec![]).check_against(&Interface::new("x", vec![])), Ok(()));
        let err = used.check_against(&Interface::new("x", vec![f])).unwrap_err();
        assert_eq!(err.function(), "g");
        let g2 = Function::new("g", [("y", Type::String)], None);
        let err = used.check_against(&Interface::new("x", vec![g2])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "interface `a:b/c`, function `g`: result: expected `bool`, found `nothing`"
        );
    }

    #[test]
    fn display_lists_resources_functions_and_unsupported_entries() {
        let mut i = iface(vec![Function::new::<&str>("noop", [], None)]);
        i.resources.push("handle".to_owned());
        i.unsupported.push(Unsupported { function: "open".into(), reason: "why".into() });
        let fp = i.fingerprint();
        assert_eq!(
            i.to_string(),
            format!(
                "import a:b/c {{\n    resource handle;\n    noop: func();\n    \
                 # unsupported open: why\n}} # fingerprint {fp:#018x}"
            )
        );
    }
}
