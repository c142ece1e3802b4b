//! Loads WIT with `wit-parser` and lowers the selected world into the [`ir`](crate::ir),
//! recording every unsupported construct in the error collector.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use proc_macro2::Span;
use wit_parser::{
    FunctionKind, Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner, WorldItem,
    WorldKey,
};

use crate::errors::Errors;
use crate::ir::{
    Case, DefId, DefKind, Field, Func, Interface, Item, MAX_TYPED, Owner, Ty, TypeDef, World,
};
use crate::names;

/// Parses the WIT at `base/path` (a file, or a folder with an optional `deps/`) and lowers
/// `world` (its name and span; by default the package's only world). Errors go to `errors`,
/// reported at `span` (the path literal) or the world's span, with file names relative to
/// `base`.
pub(crate) fn load(
    base: &Path,
    path: &str,
    world: Option<(&str, Span)>,
    span: Span,
    errors: &mut Errors,
) -> Option<World> {
    let full = base.join(path);
    let relative = |msg: String| {
        let prefix = format!("{}{}", base.display(), std::path::MAIN_SEPARATOR);
        msg.replace(&prefix, "")
    };
    let mut resolve = Resolve::default();
    let (pkg, sources) = match resolve.push_path(&full) {
        Ok(x) => x,
        Err(e) => {
            let msg = relative(resolve.render_error(&e));
            errors.push(span, format!("failed to load WIT from `{path}`: {msg}"));
            return None;
        }
    };
    let worlds: Vec<&str> = resolve.packages[pkg].worlds.keys().map(String::as_str).collect();
    // A world of the package by its plain name first: `select_world` parses the name as WIT,
    // where a keyword (`type`) would need its `%`.
    let own = world.and_then(|(w, _)| resolve.packages[pkg].worlds.get(w.trim_start_matches('%')));
    let world_id =
        match own.map_or_else(|| resolve.select_world(&[pkg], world.map(|w| w.0)), |w| Ok(*w)) {
            Ok(w) => w,
            Err(e) => {
                let msg = match (world, worlds.as_slice()) {
                    (_, []) => format!("`{path}` defines no world"),
                    (None, several) => format!(
                        "`{path}` has several worlds ({}); choose one with `world = \"...\"`",
                        several.join(", ")
                    ),
                    (Some((w, _)), known) => format!(
                        "no world `{w}` in `{path}` ({}); worlds there: {}",
                        relative(format!("{e:#}")),
                        known.join(", ")
                    ),
                };
                errors.push(world.map_or(span, |w| w.1), msg);
                return None;
            }
        };
    let files = sources.paths().map(|p| p.display().to_string()).collect();
    let prefix = format!("{}{}", base.display(), std::path::MAIN_SEPARATOR);
    let mut l = Lower {
        resolve: &resolve,
        errors,
        span,
        prefix,
        at: None,
        unsupported: Vec::new(),
        defs: Vec::new(),
        def_ids: HashMap::new(),
        iface_idx: HashMap::new(),
        interfaces: Vec::new(),
        reported: HashSet::new(),
        failed: HashSet::new(),
    };
    let world = l.world(world_id, files);
    if !l.unsupported.is_empty() {
        let list: Vec<String> = l.unsupported.iter().map(|u| format!("\n  - {u}")).collect();
        l.errors.push(
            span,
            format!(
                "world `{}` uses WIT that #[neorun::remote] does not support yet:{}\n\
                 (not supported: resources and handles, streams, futures, error-context, async \
                 functions, property accessors, maps, fixed-length lists, tuples over 17 members)",
                world.qualified,
                list.concat()
            ),
        );
    }
    Some(world)
}

struct Lower<'a, 'e> {
    resolve: &'a Resolve,
    errors: &'e mut Errors,
    span: Span,
    defs: Vec<TypeDef>,
    def_ids: HashMap<TypeId, DefId>,
    iface_idx: HashMap<InterfaceId, usize>,
    interfaces: Vec<Interface>,
    /// The base directory as a prefix to strip from file names.
    prefix: String,
    /// Where the function or named type being lowered is written.
    at: Option<wit_parser::Span>,
    /// Each unsupported construct, with what uses it and where (reported as one error).
    unsupported: Vec<String>,
    /// Unsupported resources already reported.
    reported: HashSet<TypeId>,
    /// Named types that failed to lower (already reported).
    failed: HashSet<TypeId>,
}

impl Lower<'_, '_> {
    fn world(&mut self, id: wit_parser::WorldId, files: Vec<String>) -> World {
        let w = &self.resolve.worlds[id];
        let qualified = match w.package {
            Some(p) => self.resolve.id_of_name(p, &w.name),
            None => w.name.clone(),
        };
        // Interfaces first, so that types can name their owner.
        for (imported, items) in [(true, &w.imports), (false, &w.exports)] {
            for (key, item) in items {
                let WorldItem::Interface { id, .. } = item else { continue };
                // Imported and exported: one module serves both sides.
                if let Some(&idx) = self.iface_idx.get(id) {
                    self.interfaces[idx].exported |= !imported;
                    continue;
                }
                let qualified = self.resolve.name_world_key(key);
                let short = match key {
                    WorldKey::Name(n) => n.clone(),
                    WorldKey::Interface(i) => self.resolve.interfaces[*i]
                        .name
                        .clone()
                        .unwrap_or_else(|| qualified.clone()),
                };
                self.iface_idx.insert(*id, self.interfaces.len());
                self.interfaces.push(Interface {
                    module: String::new(),
                    short,
                    qualified,
                    docs: self.resolve.interfaces[*id].docs.contents.clone(),
                    imported,
                    exported: !imported,
                    types: Vec::new(),
                    funcs: Vec::new(),
                });
            }
        }
        let ids: Vec<(InterfaceId, usize)> = self.iface_idx.iter().map(|(a, b)| (*a, *b)).collect();
        let mut ids = ids;
        ids.sort_by_key(|x| x.1);
        for (iid, idx) in ids {
            let iface = &self.resolve.interfaces[iid];
            let label = format!("interface `{}`", self.interfaces[idx].qualified);
            let mut types = Vec::new();
            for (_, tid) in &iface.types {
                if let Some(d) = self.named(*tid, &label) {
                    types.push(d);
                }
            }
            let mut funcs = Vec::new();
            for f in iface.functions.values() {
                if let Some(f) = self.func(f, &label) {
                    funcs.push(f);
                }
            }
            self.interfaces[idx].types = types;
            self.interfaces[idx].funcs = funcs;
        }
        let mut types = Vec::new();
        let mut funcs = Vec::new();
        let mut exported_funcs = Vec::new();
        let label = format!("world `{qualified}`");
        for (imported, items) in [(true, &w.imports), (false, &w.exports)] {
            for item in items.values() {
                match item {
                    WorldItem::Type { id, .. } => {
                        if let Some(d) = self.named(*id, &label) {
                            types.push(d);
                        }
                    }
                    WorldItem::Function(f) => {
                        if let Some(f) = self.func(f, &label) {
                            if imported { funcs.push(f) } else { exported_funcs.push(f) }
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut world = World {
            name: w.name.clone(),
            qualified,
            defs: std::mem::take(&mut self.defs),
            types,
            interfaces: std::mem::take(&mut self.interfaces),
            funcs,
            exported_funcs,
            funcs_module: String::new(),
            files,
        };
        names::assign(&mut world);
        world
    }

    fn unsupported(&mut self, what: String, label: &str) {
        let at = match self.at {
            Some(span) => {
                let loc = self.resolve.render_location(span).replace(&self.prefix, "");
                format!(" ({loc})")
            }
            None => String::new(),
        };
        let line = format!("{what} in {label}{at}");
        if !self.unsupported.contains(&line) {
            self.unsupported.push(line);
        }
    }

    fn func(&mut self, f: &wit_parser::Function, label: &str) -> Option<Func> {
        let outer = self.at.replace(f.span);
        let func = self.func_at(f, label);
        self.at = outer;
        func
    }

    fn func_at(&mut self, f: &wit_parser::Function, label: &str) -> Option<Func> {
        match f.kind {
            FunctionKind::Freestanding => {}
            // Methods, constructors and statics belong to a resource, reported with it.
            FunctionKind::Method(_)
            | FunctionKind::Static(_)
            | FunctionKind::Constructor(_)
            | FunctionKind::AsyncMethod(_)
            | FunctionKind::AsyncStatic(_)
            | FunctionKind::MethodGetter(_)
            | FunctionKind::MethodSetter(_)
            | FunctionKind::StaticGetter(_)
            | FunctionKind::StaticSetter(_) => return None,
            FunctionKind::AsyncFreestanding => {
                self.unsupported(format!("async function `{}`", f.name), label);
                return None;
            }
            FunctionKind::Getter | FunctionKind::Setter => {
                self.unsupported(format!("property accessor `{}`", f.name), label);
                return None;
            }
        }
        let flabel = format!("function `{}` of {label}", f.name);
        let mut ok = true;
        let mut params = Vec::new();
        for p in &f.params {
            match self.ty(&p.ty, &flabel) {
                Some(t) => params.push((p.name.clone(), t)),
                None => ok = false,
            }
        }
        let result = match &f.result {
            Some(t) => match self.ty(t, &flabel) {
                Some(t) => Some(t),
                None => {
                    ok = false;
                    None
                }
            },
            None => None,
        };
        ok.then(|| Func { name: f.name.clone(), docs: f.docs.contents.clone(), params, result })
    }

    fn owner(&self, owner: TypeOwner) -> Option<Owner> {
        match owner {
            TypeOwner::World(_) => Some(Owner::World),
            TypeOwner::Interface(i) => self.iface_idx.get(&i).map(|x| Owner::Interface(*x)),
            TypeOwner::None => None,
        }
    }

    /// The def of a named type, lowered on first sight.
    fn named(&mut self, tid: TypeId, label: &str) -> Option<DefId> {
        if let Some(d) = self.def_ids.get(&tid) {
            return Some(*d);
        }
        if self.failed.contains(&tid) {
            return None;
        }
        let td = &self.resolve.types[tid];
        let name = td.name.clone()?;
        let Some(owner) = self.owner(td.owner) else {
            self.errors.push(
                self.span,
                format!("type `{name}` used by {label} belongs to no interface of the world"),
            );
            return None;
        };
        let tlabel = format!("type `{name}` of {label}");
        let outer = self.at.replace(td.span);
        let kind = self.def_kind(tid, &name, &tlabel, label);
        self.at = outer;
        let Some(kind) = kind else {
            self.failed.insert(tid);
            return None;
        };
        let id = self.defs.len();
        self.defs.push(TypeDef {
            name,
            rust: String::new(),
            docs: td.docs.contents.clone(),
            owner,
            kind,
        });
        self.def_ids.insert(tid, id);
        Some(id)
    }

    /// The structure of named type `tid`; `None` (errors recorded) when it is unsupported.
    fn def_kind(&mut self, tid: TypeId, name: &str, tlabel: &str, label: &str) -> Option<DefKind> {
        let td = &self.resolve.types[tid];
        let tlabel = tlabel.to_owned();
        Some(match &td.kind {
            TypeDefKind::Record(r) => {
                let mut fields = Vec::new();
                for f in &r.fields {
                    fields.push(Field {
                        name: f.name.clone(),
                        docs: f.docs.contents.clone(),
                        ty: self.ty(&f.ty, &tlabel)?,
                    });
                }
                DefKind::Record(fields)
            }
            TypeDefKind::Variant(v) => {
                let mut cases = Vec::new();
                for c in &v.cases {
                    let ty = match &c.ty {
                        Some(t) => Some(self.ty(t, &tlabel)?),
                        None => None,
                    };
                    cases.push(Case { name: c.name.clone(), docs: c.docs.contents.clone(), ty });
                }
                DefKind::Variant(cases)
            }
            TypeDefKind::Enum(e) => DefKind::Enum(
                e.cases
                    .iter()
                    .map(|c| Item { name: c.name.clone(), docs: c.docs.contents.clone() })
                    .collect(),
            ),
            TypeDefKind::Flags(f) => DefKind::Flags(
                f.flags
                    .iter()
                    .map(|c| Item { name: c.name.clone(), docs: c.docs.contents.clone() })
                    .collect(),
            ),
            TypeDefKind::Type(t) => DefKind::Alias(self.ty(t, &tlabel)?),
            TypeDefKind::Tuple(_)
            | TypeDefKind::List(_)
            | TypeDefKind::Option(_)
            | TypeDefKind::Result(_) => DefKind::Alias(self.anonymous(tid, &tlabel)?),
            other => {
                if self.reported.insert(tid) {
                    self.unsupported(format!("{} `{name}`", other.as_str()), label);
                }
                return None;
            }
        })
    }

    /// The structure of an unnamed (or structurally aliased) type definition.
    fn anonymous(&mut self, tid: TypeId, label: &str) -> Option<Ty> {
        let td = &self.resolve.types[tid];
        Some(match &td.kind {
            TypeDefKind::List(t) => Ty::List(Box::new(self.ty(t, label)?)),
            TypeDefKind::Option(t) => Ty::Option(Box::new(self.ty(t, label)?)),
            TypeDefKind::Result(r) => {
                let ok = match &r.ok {
                    Some(t) => Some(Box::new(self.ty(t, label)?)),
                    None => None,
                };
                let err = match &r.err {
                    Some(t) => Some(Box::new(self.ty(t, label)?)),
                    None => None,
                };
                Ty::Result(ok, err)
            }
            TypeDefKind::Tuple(t) if t.types.len() > MAX_TYPED => {
                self.unsupported(
                    format!(
                        "tuple with {} members (wasmtime's typed values stop at {MAX_TYPED}; use a \
                         record)",
                        t.types.len()
                    ),
                    label,
                );
                return None;
            }
            TypeDefKind::Tuple(t) => {
                let mut ts = Vec::new();
                for t in &t.types {
                    ts.push(self.ty(t, label)?);
                }
                Ty::Tuple(ts)
            }
            TypeDefKind::Type(t) => self.ty(t, label)?,
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                let r = self.resolve.types[*r].name.clone().unwrap_or_default();
                let kind = td.kind.as_str();
                self.unsupported(format!("handle `{kind}<{r}>`"), label);
                return None;
            }
            other => {
                self.unsupported(other.as_str().to_owned(), label);
                return None;
            }
        })
    }

    fn ty(&mut self, t: &Type, label: &str) -> Option<Ty> {
        Some(match t {
            Type::Bool => Ty::Bool,
            Type::U8 => Ty::U8,
            Type::U16 => Ty::U16,
            Type::U32 => Ty::U32,
            Type::U64 => Ty::U64,
            Type::S8 => Ty::S8,
            Type::S16 => Ty::S16,
            Type::S32 => Ty::S32,
            Type::S64 => Ty::S64,
            Type::F32 => Ty::F32,
            Type::F64 => Ty::F64,
            Type::Char => Ty::Char,
            Type::String => Ty::String,
            Type::ErrorContext => {
                self.unsupported("error-context".to_owned(), label);
                return None;
            }
            Type::Id(tid) => {
                if self.resolve.types[*tid].name.is_some() {
                    Ty::Named(self.named(*tid, label)?)
                } else {
                    self.anonymous(*tid, label)?
                }
            }
        })
    }
}
