const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/world-items.wit"
    );
};
