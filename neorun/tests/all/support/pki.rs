//! A throwaway certificate authority made at test time.

use neorun::transport::tls_config::{CertificateDer, Identity, PrivateKeyDer};
use std::sync::atomic::{AtomicU32, Ordering};

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};

static NEXT_CA: AtomicU32 = AtomicU32::new(0);

/// A CA that issues leaf certificates for loopback names.
pub(crate) struct Pki {
    /// The CA's own certificate, to trust.
    pub(crate) ca: CertificateDer<'static>,
    issuer: Issuer<'static, KeyPair>,
}

impl Pki {
    /// A new CA with a fresh key.
    pub(crate) fn new() -> Self {
        let key = KeyPair::generate().expect("ca key");
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("ca params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        // Distinct names, so that one CA is never mistaken for another's issuer.
        let serial = NEXT_CA.fetch_add(1, Ordering::Relaxed);
        params.distinguished_name.push(DnType::CommonName, format!("neorun test ca {serial}"));
        let ca = params.self_signed(&key).expect("ca certificate").der().clone();
        Self { ca, issuer: Issuer::new(params, key) }
    }

    /// A leaf certificate for `localhost`, `127.0.0.1` and `::1`, with its key.
    pub(crate) fn identity(&self) -> Identity {
        self.identity_named(&["localhost", "127.0.0.1", "::1"])
    }

    /// A leaf certificate whose subject alternative names are `names`, with its key.
    pub(crate) fn identity_named(&self, names: &[&str]) -> Identity {
        let key = KeyPair::generate().expect("leaf key");
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        let params = CertificateParams::new(names).expect("leaf params");
        let cert = params.signed_by(&key, &self.issuer).expect("leaf certificate");
        Identity {
            cert_chain: vec![cert.der().clone()],
            key: PrivateKeyDer::Pkcs8(key.serialize_der().into()),
        }
    }
}
