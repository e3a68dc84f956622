from kb.verify import verify


def test_small_kb_verifies(kb, small):
    assert list(verify(kb)) == []
