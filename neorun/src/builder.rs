//! [`InstanceBuilder`]: decides, import by import, who serves a component's imports — a local
//! system linkable, WASI, or a remote peer through static or dynamic stubs — and instantiates
//! it. Every decision is recorded in a [`LinkPlan`].
//!
//! The builder owns its [`Linker`] and store data: [`Host`] by default, or any store type
//! (`InstanceBuilder::with_store_data`). Hosts that keep their own linker use the pieces it is
//! made of instead (see [`link`](crate::link)).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use wasmtime::Store;
use wasmtime::component::{Component, Instance, Linker};
use wasmtime::{Engine, Result as WasmResult};
use wasmtime_wasi::WasiView;

use crate::Host;
use crate::dynamic::RemoteCaller;
use crate::kv::{self, InMemoryKv};
use crate::ledger::{Ledger, LedgerInterface, WORLD};
use crate::link::Prepared;
use crate::rpc::{BindError, Binding, CallError, CallFailure, Connection};

/// How one import is served.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Link {
    /// By WASI, in this process (`wasmtime-wasi`).
    Wasi,
    /// By a system linkable in this process.
    Local {
        /// What serves it (`in-memory kv`).
        provider: String,
    },
    /// By a remote peer, through stubs compiled by `#[neorun::remote]`.
    RemoteStatic {
        /// The peer (`tcp://127.0.0.1:4000`).
        peer: String,
    },
    /// By a remote peer, through `Val`-based stubs built from the component's types.
    RemoteDynamic {
        /// The peer.
        peer: String,
        /// Why the dynamic path was chosen.
        reason: String,
    },
    /// By nothing yet: instantiation fails while an import is missing.
    Missing,
}

/// One import and how it is served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    /// The import's name (`neorun:kv/store@0.1.0`).
    pub import: String,
    /// How it is served.
    pub link: Link,
}

/// The link plan: every import of a component and how it is served.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkPlan {
    /// One entry per import, in the component's order.
    pub entries: Vec<PlanEntry>,
}

impl LinkPlan {
    /// The imports nothing serves.
    pub fn missing(&self) -> Vec<&str> {
        self.entries.iter().filter(|e| e.link == Link::Missing).map(|e| e.import.as_str()).collect()
    }

    /// How `import` is served.
    pub fn link(&self, import: &str) -> Option<&Link> {
        self.entries.iter().find(|e| e.import == import).map(|e| &e.link)
    }
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Link::Wasi => f.write_str("local   wasi"),
            Link::Local { provider } => write!(f, "local   {provider}"),
            Link::RemoteStatic { peer } => write!(f, "remote  static stubs -> {peer}"),
            Link::RemoteDynamic { peer, reason } => {
                write!(f, "remote  dynamic stubs -> {peer} ({reason})")
            }
            Link::Missing => f.write_str("MISSING"),
        }
    }
}

/// One line per import. The `wasi:*` imports served by WASI are folded into one line unless the
/// alternate form (`{:#}`) is asked for.
impl fmt::Display for LinkPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fold = !f.alternate();
        let folded = |e: &&PlanEntry| fold && e.link == Link::Wasi;
        let wasi = self.entries.iter().filter(folded).count();
        let shown: Vec<&PlanEntry> = self.entries.iter().filter(|e| !folded(e)).collect();
        let wasi_label = format!("wasi:* ({wasi} imports)");
        let width = shown
            .iter()
            .map(|e| e.import.len())
            .chain((wasi > 0).then_some(wasi_label.len()))
            .max()
            .unwrap_or(0);
        for e in shown {
            writeln!(f, "  {:width$}  {}", e.import, e.link)?;
        }
        if wasi > 0 {
            writeln!(f, "  {wasi_label:width$}  {}", Link::Wasi)?;
        }
        Ok(())
    }
}

/// Errors while linking or instantiating a component.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    /// The component does not import the interface being linked.
    #[error("the component does not import `{interface}`")]
    NotImported {
        /// The interface.
        interface: String,
    },
    /// The interface was already linked.
    #[error("`{interface}` is already linked ({link})")]
    AlreadyLinked {
        /// The interface.
        interface: String,
        /// How it is linked.
        link: Link,
    },
    /// A function of the interface uses a type neorun cannot carry.
    #[error("`{interface}` cannot be linked remotely: function `{function}`: {reason}")]
    Unsupported {
        /// The interface.
        interface: String,
        /// The function.
        function: String,
        /// Why.
        reason: String,
    },
    /// The handshake with the peer failed (schema mismatch, unknown interface, connection).
    #[error(transparent)]
    Bind(#[from] BindError),
    /// Imports that nothing serves.
    #[error("unlinked imports: {}", .imports.join(", "))]
    Missing {
        /// Their names.
        imports: Vec<String>,
    },
    /// wasmtime refused a definition or the instantiation.
    #[error(transparent)]
    Wasmtime(#[from] wasmtime::Error),
}

/// Stubs generated by `#[neorun::remote]` for one interface, linkable into a `Linker<T>`.
///
/// The generated `Stubs` implement it for every store type `T` that implements
/// [`NeorunView`](crate::NeorunView) (and `Send + 'static`); `T` defaults to [`Host`], so
/// `&dyn StaticInterface` is the trait object [`InstanceBuilder`] takes by default, and
/// `&dyn StaticInterface<MyState>` the one for a builder or linker of another store type.
///
/// On a concrete `Stubs` value, call [`schema`](Self::schema) through such a trait object (or
/// the generated free function `schema()`): `Stubs` implements the trait once per store type.
pub trait StaticInterface<T = Host>: Send + Sync + 'static {
    /// The interface's schema, as compiled from WIT.
    fn schema(&self) -> &neopack::schema::Interface;
    /// Registers one typed host function per function of [`schema`](Self::schema), calling
    /// through `binding`.
    ///
    /// # Errors
    /// When the linker refuses a definition.
    fn add_to_linker(&self, linker: &mut Linker<T>, binding: Binding) -> WasmResult<()>;
}

/// A built instance: its store, the instance, and the plan it was linked by.
pub struct Built<T: 'static = Host> {
    /// The store; its data is the builder's store data ([`Host`] by default).
    pub store: Store<T>,
    /// The instance.
    pub instance: Instance,
    /// How each import is served.
    pub plan: LinkPlan,
}

impl<T: 'static> fmt::Debug for Built<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Built").field("plan", &self.plan).finish_non_exhaustive()
    }
}

/// Links a component's imports, one interface at a time, then instantiates it.
///
/// With [`InstanceBuilder::new`] the store data is a [`Host`] and WASI p2 is linked locally
/// ([`InstanceBuilder::with_wasi`] can turn it off). [`InstanceBuilder::with_store_data`] takes
/// a store type of the host's own, and links WASI only when asked
/// ([`InstanceBuilder::link_wasi`]).
pub struct InstanceBuilder<T: 'static = Host> {
    component: Component,
    ledger: Arc<Ledger>,
    linker: Linker<T>,
    data: T,
    plan: LinkPlan,
    wasi: bool,
}

impl<T: 'static> fmt::Debug for InstanceBuilder<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InstanceBuilder").field("plan", &self.plan).finish_non_exhaustive()
    }
}

/// Is this import served by WASI p2?
fn is_wasi(name: &str) -> bool {
    name.starts_with("wasi:")
}

impl InstanceBuilder<Host> {
    /// A builder for `component`, with WASI p2 serving every `wasi:*` import.
    ///
    /// # Errors
    /// When WASI cannot be added to the linker.
    pub fn new(engine: &Engine, component: &Component) -> Result<Self, LinkError> {
        Self::with_wasi(engine, component, true)
    }

    /// A builder for `component`; `wasi` says whether WASI p2 serves the `wasi:*` imports
    /// (without it they must be linked otherwise, or they are missing).
    ///
    /// # Errors
    /// When WASI cannot be added to the linker.
    pub fn with_wasi(
        engine: &Engine,
        component: &Component,
        wasi: bool,
    ) -> Result<Self, LinkError> {
        let mut builder = Self::with_store_data(engine, component, Host::new());
        if wasi {
            builder.link_wasi()?;
        }
        Ok(builder)
    }
}

impl<T: Send + 'static> InstanceBuilder<T> {
    /// A builder for `component` whose store will carry `data`, a store type of the host's own.
    /// Nothing is linked yet, not even WASI ([`link_wasi`](Self::link_wasi)).
    ///
    /// Static stubs need `T: `[`NeorunView`](crate::NeorunView), WASI needs `T: WasiView`;
    /// the in-memory store and dynamic stubs need neither.
    pub fn with_store_data(engine: &Engine, component: &Component, data: T) -> Self {
        let entries = component
            .component_type()
            .imports(engine)
            .map(|(name, _)| PlanEntry { import: name.to_owned(), link: Link::Missing })
            .collect();
        Self {
            component: component.clone(),
            ledger: Arc::new(Ledger::new(engine, component)),
            linker: Linker::new(engine),
            data,
            plan: LinkPlan { entries },
            wasi: false,
        }
    }

    /// Serves every `wasi:*` import that nothing serves yet with WASI p2, in this process.
    ///
    /// # Errors
    /// [`LinkError::AlreadyLinked`] when WASI is already linked; [`LinkError::Wasmtime`] when
    /// the linker refuses a WASI definition.
    pub fn link_wasi(&mut self) -> Result<&mut Self, LinkError>
    where
        T: WasiView,
    {
        if self.wasi {
            return Err(LinkError::AlreadyLinked { interface: "wasi:*".into(), link: Link::Wasi });
        }
        wasmtime_wasi::p2::add_to_linker_async(&mut self.linker)?;
        self.wasi = true;
        for e in &mut self.plan.entries {
            if e.link == Link::Missing && is_wasi(&e.import) {
                e.link = Link::Wasi;
            }
        }
        Ok(self)
    }

    /// Replaces the store data (for example with a [`Host`] of another WASI context).
    pub fn with_host(mut self, host: T) -> Self {
        self.data = host;
        self
    }

    /// The component's ledger: its imports and exports in neorun's type model.
    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// The plan so far.
    pub fn plan(&self) -> &LinkPlan {
        &self.plan
    }

    /// Marks the plan entries of `interface` as served by `link`: the instance import of that
    /// name, or for [`WORLD`] every world-level function import.
    fn claim(&mut self, interface: &str, link: Link) -> Result<(), LinkError> {
        let names: Vec<String> = if interface == WORLD {
            self.import(WORLD)?.functions().iter().map(|f| f.name.clone()).collect()
        } else {
            vec![interface.to_owned()]
        };
        let mut entries: Vec<&mut PlanEntry> =
            self.plan.entries.iter_mut().filter(|e| names.contains(&e.import)).collect();
        if entries.is_empty() {
            return Err(LinkError::NotImported { interface: interface.to_owned() });
        }
        if let Some(e) = entries.iter().find(|e| e.link != Link::Missing) {
            return Err(LinkError::AlreadyLinked {
                interface: interface.to_owned(),
                link: e.link.clone(),
            });
        }
        for e in &mut entries {
            e.link = link.clone();
        }
        Ok(())
    }

    fn import(&self, interface: &str) -> Result<&LedgerInterface, LinkError> {
        self.ledger
            .import(interface)
            .ok_or_else(|| LinkError::NotImported { interface: interface.to_owned() })
    }

    /// Serves `interface` in this process with host functions of the host's own:
    /// `add_to_linker` defines them in the builder's linker (for example a `bindgen!`-generated
    /// `add_to_linker`, or `func_wrap` calls), and the plan records them as served by
    /// `provider`. For world-level function imports, `interface` is [`WORLD`].
    ///
    /// # Errors
    /// [`LinkError::NotImported`], [`LinkError::AlreadyLinked`], or the error of
    /// `add_to_linker` ([`LinkError::Wasmtime`]).
    pub fn link_local(
        &mut self,
        interface: &str,
        provider: &str,
        add_to_linker: impl FnOnce(&mut Linker<T>) -> WasmResult<()>,
    ) -> Result<&mut Self, LinkError> {
        self.claim(interface, Link::Local { provider: provider.to_owned() })?;
        add_to_linker(&mut self.linker)?;
        Ok(self)
    }

    /// Serves `neorun:kv/store` from `kv`, in this process, with typed host calls.
    ///
    /// # Errors
    /// When the component does not import the store, or it is already linked.
    pub fn link_kv(&mut self, kv: Arc<InMemoryKv>) -> Result<&mut Self, LinkError> {
        self.claim(kv::INTERFACE, Link::Local { provider: "in-memory kv".into() })?;
        kv.add_to_linker(&mut self.linker)?;
        Ok(self)
    }

    /// Serves `interface` from the peer behind `conn`, through dynamic (`Val`-based) stubs
    /// built from the component's own import types.
    ///
    /// The handshake runs now: a schema mismatch fails here, naming the function and the type,
    /// before the guest runs.
    ///
    /// # Errors
    /// [`LinkError::NotImported`], [`LinkError::Unsupported`], [`LinkError::Bind`].
    pub async fn link_remote_dynamic(
        &mut self,
        interface: &str,
        conn: &Connection,
    ) -> Result<&mut Self, LinkError> {
        self.link(interface, conn, None, None).await
    }

    /// As [`link_remote_dynamic`](Self::link_remote_dynamic), with `deadline` for every call of this link
    /// instead of the connection's default (`None`: no deadline).
    ///
    /// # Errors
    /// As [`link_remote_dynamic`](Self::link_remote_dynamic).
    pub async fn link_remote_dynamic_with_deadline(
        &mut self,
        interface: &str,
        conn: &Connection,
        deadline: Option<Duration>,
    ) -> Result<&mut Self, LinkError> {
        self.link(interface, conn, None, Some(deadline)).await
    }

    /// Binds `interface` (through `stubs` when they match), claims it in the plan, and links
    /// it. `deadline`: `None` keeps the connection's default, `Some(d)` replaces it for this
    /// link.
    async fn link(
        &mut self,
        interface: &str,
        conn: &Connection,
        stubs: Option<&dyn StaticInterface<T>>,
        deadline: Option<Option<Duration>>,
    ) -> Result<&mut Self, LinkError> {
        let prepared = Prepared::bind(&self.ledger, interface, conn, stubs, deadline).await?;
        self.claim(interface, prepared.link(conn.peer()))?;
        prepared.add_to_linker(&mut self.linker)?;
        Ok(self)
    }

    /// Serves `interface` from the peer behind `conn` through `stubs` (generated by
    /// `#[neorun::remote]`) when the component's import matches the schema they were compiled
    /// from — every function the component uses exists in it with an equal signature — and
    /// through dynamic stubs otherwise. The plan says which, and why.
    ///
    /// # Errors
    /// As [`link_remote_dynamic`](Self::link_remote_dynamic).
    pub async fn link_remote_static(
        &mut self,
        interface: &str,
        conn: &Connection,
        stubs: &dyn StaticInterface<T>,
    ) -> Result<&mut Self, LinkError> {
        self.link(interface, conn, Some(stubs), None).await
    }

    /// Instantiates the component.
    ///
    /// # Errors
    /// [`LinkError::Missing`] naming every import nothing serves; wasmtime's own error when a
    /// definition does not fit.
    pub async fn instantiate(self) -> Result<Built<T>, LinkError> {
        let missing = self.plan.missing();
        if !missing.is_empty() {
            return Err(LinkError::Missing {
                imports: missing.into_iter().map(str::to_owned).collect(),
            });
        }
        for e in &self.plan.entries {
            tracing::info!(import = %e.import, link = %e.link, "link plan");
        }
        let mut store = Store::new(self.linker.engine(), self.data);
        let instance = self.linker.instantiate_async(&mut store, &self.component).await?;
        Ok(Built { store, instance, plan: self.plan })
    }
}

/// The dynamic stubs call through a bound connection.
impl RemoteCaller for Binding {
    fn call(
        &self,
        func: usize,
        args: Vec<u8>,
    ) -> futures::future::BoxFuture<'static, Result<bytes::Bytes, CallError>> {
        Box::pin(Binding::call(self, func, &args, None))
    }

    /// Encodes straight into the call frame and skips the schema checks (see the trait).
    fn call_encoded(
        &self,
        func: usize,
        _size_hint: usize,
        encode: &mut dyn FnMut(&mut neopack::Encoder) -> Result<(), crate::dynamic::DynError>,
    ) -> Result<futures::future::BoxFuture<'static, Result<bytes::Bytes, CallError>>, CallFailure>
    {
        let call = Binding::call_encoded(self, func, encode).map_err(|e| {
            CallFailure::Rejected { reason: format!("cannot encode the arguments: {e}") }
        })?;
        Ok(Box::pin(call))
    }
}
