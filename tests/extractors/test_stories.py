"""Near-duplicate grouping of items across outlets."""

from __future__ import annotations

import pytest

from extractors.stories import StoryIndex

LEDE = "Police in the capital detained the lawyer on Tuesday morning after searching the offices of the association, colleagues said."


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            ("Rights lawyer detained in Example City after raid - Wire", ""),
            ("Rights lawyer detained in Example City after raid | Daily", ""),
            True,
        ),
        (
            ("Rights lawyer detained in Example City after police raid", ""),
            ("Police raid in Example City: rights lawyer detained", ""),
            True,
        ),
        (("Headline one about the case", LEDE), ("A quite different headline", LEDE + " More later."), True),
        (
            ("Journalist arrested in Example Town", ""),
            ("Journalist released on bail in Example Town", ""),
            False,
        ),
        (
            ("Court hears appeal of union leader", ""),
            ("Floods displace thousands in river valley", ""),
            False,
        ),
    ],
)
def test_story_keys_group_syndicated_and_reworded_copies(
    first: tuple[str, str], second: tuple[str, str], same: bool
) -> None:
    index = StoryIndex()
    key_one = index.assign(*first, new_key="one")
    key_two = index.assign(*second, new_key="two")
    assert key_one == "one"
    assert (key_two == "one") is same
