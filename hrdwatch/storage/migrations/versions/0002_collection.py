"""collection: body hash and warning on sources; report_sightings (every outlet that carried a report)

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import hrdwatch.storage.base

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("last_warning", sa.Text(), nullable=True))
    op.create_table(
        "report_sightings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("seen_at", hrdwatch.storage.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_report_sightings_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_report_sightings_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sightings")),
        sa.UniqueConstraint("report_id", "source_id", name=op.f("uq_report_sightings_report_id_source_id")),
    )
    with op.batch_alter_table("report_sightings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_sightings_report_id"), ["report_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report_sightings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_sightings_report_id"))
    op.drop_table("report_sightings")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_column("last_warning")
        batch_op.drop_column("body_hash")
