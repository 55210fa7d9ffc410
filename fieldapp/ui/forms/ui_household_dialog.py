# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HouseholdDialog(object):
    def setupUi(self, HouseholdDialog):
        if not HouseholdDialog.objectName():
            HouseholdDialog.setObjectName(u"HouseholdDialog")
        HouseholdDialog.resize(520, 400)
        self.verticalLayout = QVBoxLayout(HouseholdDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.accountNoLabel = QLabel(HouseholdDialog)
        self.accountNoLabel.setObjectName(u"accountNoLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountNoLabel)

        self.accountNoEdit = QLineEdit(HouseholdDialog)
        self.accountNoEdit.setObjectName(u"accountNoEdit")
        self.accountNoEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accountNoEdit)

        self.accountNoError = QLabel(HouseholdDialog)
        self.accountNoError.setObjectName(u"accountNoError")
        self.accountNoError.setVisible(False)
        self.accountNoError.setWordWrap(True)
        self.accountNoError.setProperty(u"class", u"fieldError")
        self.accountNoError.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accountNoError)

        self.nameLabel = QLabel(HouseholdDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(HouseholdDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(HouseholdDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"class", u"fieldError")
        self.nameError.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.mobileLabel = QLabel(HouseholdDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileEdit = QLineEdit(HouseholdDialog)
        self.mobileEdit.setObjectName(u"mobileEdit")
        self.mobileEdit.setMaxLength(11)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.mobileError = QLabel(HouseholdDialog)
        self.mobileError.setObjectName(u"mobileError")
        self.mobileError.setVisible(False)
        self.mobileError.setWordWrap(True)
        self.mobileError.setProperty(u"class", u"fieldError")
        self.mobileError.setText(u"")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mobileError)

        self.idNumberLabel = QLabel(HouseholdDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(HouseholdDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(18)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.idNumberError = QLabel(HouseholdDialog)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setVisible(False)
        self.idNumberError.setWordWrap(True)
        self.idNumberError.setProperty(u"class", u"fieldError")
        self.idNumberError.setText(u"")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.idNumberError)

        self.communityLabel = QLabel(HouseholdDialog)
        self.communityLabel.setObjectName(u"communityLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.communityLabel)

        self.communityCombo = QComboBox(HouseholdDialog)
        self.communityCombo.setObjectName(u"communityCombo")
        self.communityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.communityCombo.setEditable(True)
        self.communityCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.communityCombo)

        self.communityError = QLabel(HouseholdDialog)
        self.communityError.setObjectName(u"communityError")
        self.communityError.setVisible(False)
        self.communityError.setWordWrap(True)
        self.communityError.setProperty(u"class", u"fieldError")
        self.communityError.setText(u"")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.communityError)

        self.roomLabel = QLabel(HouseholdDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomLayout = QHBoxLayout()
        self.roomLayout.setObjectName(u"roomLayout")
        self.buildingEdit = QLineEdit(HouseholdDialog)
        self.buildingEdit.setObjectName(u"buildingEdit")

        self.roomLayout.addWidget(self.buildingEdit)

        self.unitEdit = QLineEdit(HouseholdDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.roomLayout.addWidget(self.unitEdit)

        self.roomEdit = QLineEdit(HouseholdDialog)
        self.roomEdit.setObjectName(u"roomEdit")

        self.roomLayout.addWidget(self.roomEdit)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.roomLayout)

        self.roomError = QLabel(HouseholdDialog)
        self.roomError.setObjectName(u"roomError")
        self.roomError.setVisible(False)
        self.roomError.setWordWrap(True)
        self.roomError.setProperty(u"class", u"fieldError")
        self.roomError.setText(u"")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.roomError)

        self.addressLabel = QLabel(HouseholdDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(HouseholdDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(HouseholdDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setVisible(False)
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"class", u"fieldError")
        self.addressError.setText(u"")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.meterNoLabel = QLabel(HouseholdDialog)
        self.meterNoLabel.setObjectName(u"meterNoLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.meterNoLabel)

        self.meterNoEdit = QLineEdit(HouseholdDialog)
        self.meterNoEdit.setObjectName(u"meterNoEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.meterNoEdit)

        self.meterNoError = QLabel(HouseholdDialog)
        self.meterNoError.setObjectName(u"meterNoError")
        self.meterNoError.setVisible(False)
        self.meterNoError.setWordWrap(True)
        self.meterNoError.setProperty(u"class", u"fieldError")
        self.meterNoError.setText(u"")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.meterNoError)

        self.tagsLabel = QLabel(HouseholdDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsLayout = QHBoxLayout()
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.elderlyCheck = QCheckBox(HouseholdDialog)
        self.elderlyCheck.setObjectName(u"elderlyCheck")

        self.tagsLayout.addWidget(self.elderlyCheck)

        self.outageCheck = QCheckBox(HouseholdDialog)
        self.outageCheck.setObjectName(u"outageCheck")

        self.tagsLayout.addWidget(self.outageCheck)

        self.hardshipCheck = QCheckBox(HouseholdDialog)
        self.hardshipCheck.setObjectName(u"hardshipCheck")

        self.tagsLayout.addWidget(self.hardshipCheck)


        self.formLayout.setLayout(16, QFormLayout.ItemRole.FieldRole, self.tagsLayout)

        self.notesLabel = QLabel(HouseholdDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(HouseholdDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(HouseholdDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"class", u"fieldError")
        self.notesError.setText(u"")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(HouseholdDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.accountNoLabel.setBuddy(self.accountNoEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.communityLabel.setBuddy(self.communityCombo)
        self.roomLabel.setBuddy(self.buildingEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.meterNoLabel.setBuddy(self.meterNoEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountNoEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.mobileEdit)
        QWidget.setTabOrder(self.mobileEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.communityCombo)
        QWidget.setTabOrder(self.communityCombo, self.buildingEdit)
        QWidget.setTabOrder(self.buildingEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.meterNoEdit)
        QWidget.setTabOrder(self.meterNoEdit, self.elderlyCheck)
        QWidget.setTabOrder(self.elderlyCheck, self.outageCheck)
        QWidget.setTabOrder(self.outageCheck, self.hardshipCheck)
        QWidget.setTabOrder(self.hardshipCheck, self.notesEdit)

        self.retranslateUi(HouseholdDialog)
        self.buttonBox.accepted.connect(HouseholdDialog.accept)
        self.buttonBox.rejected.connect(HouseholdDialog.reject)

        QMetaObject.connectSlotsByName(HouseholdDialog)
    # setupUi

    def retranslateUi(self, HouseholdDialog):
        HouseholdDialog.setWindowTitle(QCoreApplication.translate("HouseholdDialog", u"\u4f4f\u6237", None))
        self.accountNoLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u6237\u53f7(&A)", None))
        self.accountNoEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"\u6570\u5b57\uff0c\u4fdd\u7559\u5f00\u5934\u7684 0", None))
        self.nameLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u59d3\u540d(&N)", None))
        self.mobileLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u624b\u673a(&M)", None))
        self.mobileEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"11 \u4f4d\u624b\u673a\u53f7", None))
        self.idNumberLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u8eab\u4efd\u8bc1\u53f7(&I)", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"18 \u4f4d\uff0c\u672b\u4f4d\u53ef\u4e3a X", None))
        self.communityLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u5c0f\u533a(&C)", None))
        self.roomLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u697c\u5e62/\u5355\u5143/\u623f\u53f7", None))
        self.buildingEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"\u697c\u5e62", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"\u5355\u5143", None))
        self.roomEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"\u623f\u53f7", None))
        self.addressLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u5730\u5740(&D)", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"\u5b8c\u6574\u5730\u5740\uff0c\u53ef\u4e0d\u586b\uff08\u6309\u697c\u5e62\u5355\u5143\u623f\u53f7\u663e\u793a\uff09", None))
        self.meterNoLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u7535\u8868\u53f7(&E)", None))
        self.tagsLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u6807\u7b7e", None))
        self.elderlyCheck.setText(QCoreApplication.translate("HouseholdDialog", u"\u72ec\u5c45\u8001\u4eba", None))
        self.outageCheck.setText(QCoreApplication.translate("HouseholdDialog", u"\u505c\u7535\u654f\u611f", None))
        self.hardshipCheck.setText(QCoreApplication.translate("HouseholdDialog", u"\u56f0\u96be\u6237", None))
        self.notesLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u5907\u6ce8(&R)", None))
    # retranslateUi

